#include "models/quality/arithmetic.h"

#include <QByteArray>
#include <QLocale>

#include <cmath>
#include <cstdlib>

namespace Seedbed::Quality {

namespace {

/* The character as the grammar reads it: full-width forms and the typographic operators become
   their ASCII counterparts, one character for one, so positions stay those of the input. */
char16_t plain(char16_t c)
{
    if (c >= 0xFF01 && c <= 0xFF5E) // full-width ASCII
        return char16_t(c - 0xFEE0);
    switch (c) {
    case 0x00D7: // ×
    case 0x00B7: // ·
    case 0x22C5: // ⋅
        return u'*';
    case 0x00F7: // ÷
        return u'/';
    case 0x2212: // minus sign
        return u'-';
    case 0x3000: // ideographic space
        return u' ';
    default:
        return c;
    }
}

bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

bool isNameChar(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_' ||
           (c > 0x7F && QChar::isLetter(c));
}

class Parser
{
public:
    explicit Parser(QStringView text)
    {
        m_text.reserve(text.size());
        for (const QChar c : text)
            m_text.append(QChar(plain(c.unicode())));
    }

    // Through the alias: lupdate reads "Arithmetic::Result run() {" as a scope of its own and
    // would file the messages inside under a context that does not exist at run time.
    using Result = Arithmetic::Result;

    Result run()
    {
        skipSpace();
        if (atEnd())
            return fail(Arithmetic::tr("the expression is empty"));
        const std::optional<double> value = expression();
        if (!value)
            return {std::nullopt, m_error};
        skipSpace();
        if (!atEnd())
            return fail(unexpected());
        return {value, QString()};
    }

private:
    // Counts the nesting of the recursive rules; fails past maxDepth.
    class DepthGuard
    {
    public:
        explicit DepthGuard(Parser *parser)
            : m_parser(parser)
        {
            ++m_parser->m_depth;
        }
        ~DepthGuard() { --m_parser->m_depth; }
        DepthGuard(const DepthGuard &) = delete;
        DepthGuard &operator=(const DepthGuard &) = delete;

        bool tooDeep() const
        {
            if (m_parser->m_depth <= Arithmetic::maxDepth)
                return false;
            m_parser->setError(Arithmetic::tr("the expression is nested more than %1 levels deep")
                                   .arg(Arithmetic::maxDepth));
            return true;
        }

    private:
        Parser *m_parser;
    };

    bool atEnd() const { return m_pos >= m_text.size(); }
    char16_t peek() const { return atEnd() ? u'\0' : m_text.at(m_pos).unicode(); }
    char16_t peekAt(qsizetype offset) const
    {
        const qsizetype i = m_pos + offset;
        return i < m_text.size() ? m_text.at(i).unicode() : u'\0';
    }
    void skipSpace()
    {
        while (!atEnd() && (m_text.at(m_pos).isSpace()))
            ++m_pos;
    }
    QString position(qsizetype pos) const { return QString::number(pos + 1); }

    void setError(const QString &error)
    {
        if (m_error.isEmpty())
            m_error = error;
    }
    Arithmetic::Result fail(const QString &error)
    {
        setError(error);
        return {std::nullopt, m_error};
    }
    QString unexpected() const
    {
        if (atEnd())
            return Arithmetic::tr("the expression ends too early");
        return Arithmetic::tr("unexpected “%1” at position %2")
            .arg(m_text.mid(m_pos, m_text.at(m_pos).isHighSurrogate() ? 2 : 1), position(m_pos));
    }
    std::optional<double> failed(const QString &error)
    {
        setError(error);
        return std::nullopt;
    }
    std::optional<double> checked(double value, qsizetype at)
    {
        if (std::isfinite(value))
            return value;
        return failed(Arithmetic::tr("the result is too large to represent (at position %1)")
                          .arg(position(at)));
    }

    std::optional<double> expression()
    {
        std::optional<double> left = term();
        while (left) {
            skipSpace();
            const char16_t op = peek();
            if (op != u'+' && op != u'-')
                break;
            const qsizetype at = m_pos++;
            const std::optional<double> right = term();
            if (!right)
                return std::nullopt;
            left = checked(op == u'+' ? *left + *right : *left - *right, at);
        }
        return left;
    }

    std::optional<double> term()
    {
        std::optional<double> left = unary();
        while (left) {
            skipSpace();
            const char16_t op = peek();
            if ((op != u'*' && op != u'/' && op != u'%') || (op == u'*' && peekAt(1) == u'*'))
                break;
            const qsizetype at = m_pos++;
            const std::optional<double> right = unary();
            if (!right)
                return std::nullopt;
            if (op == u'*') {
                left = checked(*left * *right, at);
            } else if (*right == 0) {
                return failed(
                    op == u'/' ? Arithmetic::tr("division by zero at position %1").arg(position(at))
                               : Arithmetic::tr("remainder of a division by zero at position %1")
                                     .arg(position(at)));
            } else {
                left = checked(op == u'/' ? *left / *right : std::fmod(*left, *right), at);
            }
        }
        return left;
    }

    // Every recursion (parentheses, functions, signs, exponents) passes through here, so this
    // is where the depth is counted.
    std::optional<double> unary()
    {
        const DepthGuard guard(this);
        if (guard.tooDeep())
            return std::nullopt;
        skipSpace();
        const char16_t c = peek();
        if (c == u'-' || c == u'+') {
            ++m_pos;
            const std::optional<double> operand = unary();
            if (!operand)
                return std::nullopt;
            return c == u'-' ? -*operand : *operand;
        }
        return power();
    }

    std::optional<double> power()
    {
        const std::optional<double> base = primary();
        if (!base)
            return std::nullopt;
        skipSpace();
        const qsizetype at = m_pos;
        if (peek() == u'^') {
            ++m_pos;
        } else if (peek() == u'*' && peekAt(1) == u'*') {
            m_pos += 2;
        } else {
            return base;
        }
        const std::optional<double> exponent = unary(); // unary() counts the depth
        if (!exponent)
            return std::nullopt;
        if (std::fabs(*exponent) > Arithmetic::maxExponent)
            return failed(Arithmetic::tr("the exponent at position %1 is larger than %2")
                              .arg(position(at), Arithmetic::format(Arithmetic::maxExponent)));
        if (*base < 0 && std::trunc(*exponent) != *exponent)
            return failed(Arithmetic::tr("a negative number to a fractional power (at position "
                                         "%1) is not a real number")
                              .arg(position(at)));
        if (*base == 0 && *exponent < 0)
            return failed(Arithmetic::tr("division by zero at position %1").arg(position(at)));
        return checked(std::pow(*base, *exponent), at);
    }

    std::optional<double> primary()
    {
        skipSpace();
        const qsizetype start = m_pos;
        const char16_t c = peek();
        if (c == u'(') {
            ++m_pos;
            const std::optional<double> value = expression(); // through unary(), which counts
            if (!value)
                return std::nullopt;
            skipSpace();
            if (peek() != u')')
                return failed(atEnd() ? Arithmetic::tr("missing “)” for the “(” at position %1")
                                            .arg(position(start))
                                      : unexpected());
            ++m_pos;
            return value;
        }
        if (isDigit(c) || (c == u'.' && isDigit(peekAt(1))))
            return number();
        if (isNameChar(c)) {
            while (!atEnd() && (isNameChar(peek()) || isDigit(peek())))
                ++m_pos;
            const QString name = m_text.mid(start, m_pos - start);
            const bool sqrt = name.compare(QLatin1String("sqrt"), Qt::CaseInsensitive) == 0;
            const bool abs = name.compare(QLatin1String("abs"), Qt::CaseInsensitive) == 0;
            if (!sqrt && !abs)
                return failed(Arithmetic::tr("unknown name “%1” at position %2: only numbers, "
                                             "+ - * / % ^, parentheses, sqrt and abs are allowed")
                                  .arg(name, position(start)));
            skipSpace();
            if (peek() != u'(')
                return failed(unexpected());
            const std::optional<double> argument = primary();
            if (!argument)
                return std::nullopt;
            if (abs)
                return std::fabs(*argument);
            if (*argument < 0)
                return failed(Arithmetic::tr("the square root of a negative number (at position "
                                             "%1)")
                                  .arg(position(start)));
            return std::sqrt(*argument);
        }
        return failed(unexpected());
    }

    std::optional<double> number()
    {
        const qsizetype start = m_pos;
        QByteArray digits;
        qsizetype group = 0; // digits since the start or the last comma
        bool grouped = false;
        while (!atEnd()) {
            const char16_t c = peek();
            if (isDigit(c)) {
                digits.append(char(c));
                ++group;
                ++m_pos;
            } else if (c == u',' && isDigit(peekAt(1))) {
                // A thousands separator: 1 to 3 digits before the first, exactly 3 between.
                if ((grouped ? group != 3 : group > 3) || !isDigit(peekAt(2)) ||
                    !isDigit(peekAt(3)) || isDigit(peekAt(4)))
                    return failed(Arithmetic::tr("a comma at position %1 does not separate "
                                                 "thousands")
                                      .arg(position(m_pos)));
                grouped = true;
                group = 0;
                ++m_pos;
            } else {
                break;
            }
        }
        if (peek() == u'.') {
            digits.append('.');
            ++m_pos;
            while (isDigit(peek()))
                digits.append(char(m_text.at(m_pos++).unicode()));
        }
        if ((peek() == u'e' || peek() == u'E') &&
            (isDigit(peekAt(1)) ||
             ((peekAt(1) == u'+' || peekAt(1) == u'-') && isDigit(peekAt(2))))) {
            const qsizetype at = m_pos;
            ++m_pos;
            QByteArray exponent;
            if (peek() == u'+' || peek() == u'-')
                exponent.append(char(m_text.at(m_pos++).unicode()));
            while (isDigit(peek()))
                exponent.append(char(m_text.at(m_pos++).unicode()));
            // Long digit strings are not converted, so their size cannot overflow anything.
            const QByteArray magnitude =
                exponent.startsWith('+') || exponent.startsWith('-') ? exponent.mid(1) : exponent;
            qsizetype firstNonZero = 0;
            while (firstNonZero < magnitude.size() - 1 && magnitude.at(firstNonZero) == '0')
                ++firstNonZero;
            if (magnitude.size() - firstNonZero > 7 ||
                std::fabs(magnitude.toDouble()) > Arithmetic::maxExponent)
                return failed(Arithmetic::tr("the exponent at position %1 is larger than %2")
                                  .arg(position(at), Arithmetic::format(Arithmetic::maxExponent)));
            digits.append('e');
            digits.append(exponent);
        }
        // The text is well-formed by construction: a failure is an overflow (infinity) or an
        // underflow (zero, which is what the number rounds to).
        bool ok = false;
        const double value = QLocale::c().toDouble(QLatin1StringView(digits), &ok);
        if (!std::isfinite(value))
            return failed(Arithmetic::tr("the number at position %1 is too large to represent")
                              .arg(position(start)));
        return value;
    }

    QString m_text;
    qsizetype m_pos = 0;
    int m_depth = 0;
    QString m_error;
};

} // namespace

Arithmetic::Result Arithmetic::evaluate(QStringView expression)
{
    if (expression.size() > maxLength)
        return {std::nullopt, tr("the expression is longer than %1 characters")
                                  .arg(QLocale::c().toString(qlonglong(maxLength)))};
    Result result = Parser(expression).run();
    if (result.value && *result.value == 0)
        result.value = 0.0; // no "-0"
    return result;
}

QString Arithmetic::format(double value)
{
    if (value == 0)
        return QStringLiteral("0");
    if (std::trunc(value) == value && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

} // namespace Seedbed::Quality
