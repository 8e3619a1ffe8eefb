#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace Seedbed::Quality {

/*! \brief Evaluates arithmetic expressions from records ("(3 + 4) * 2", "1,200 / 3", "2^10")
    safely: a recursive-descent parser over a fixed grammar, never a script engine or a shell.

    \section1 Grammar
    \code
    expression := term (("+" | "-") term)*
    term       := unary (("*" | "/" | "%") unary)*
    unary      := ("-" | "+") unary | power
    power      := primary ("^" unary)?            right associative: 2^3^2 is 2^9
    primary    := number | "(" expression ")" | ("sqrt" | "abs") "(" expression ")"
    \endcode
    So -2^2 is -4 and 2^-1 is 0.5, as in mathematics. "**" is read as "^"; "×", "·" and "÷",
    the minus sign U+2212 and full-width digits, operators and parentheses are accepted as
    well. Numbers are decimal, optionally with a fraction and an exponent ("1.5e-3", ".5");
    commas may separate thousands ("1,234,567.5") when every group after the first has
    exactly three digits. White space is ignored. There are no variables and no other
    functions.

    \section1 Arithmetic and limits
    Values are IEEE doubles: whole numbers are exact up to 2^53. % is the remainder of
    truncating division (fmod: -7 % 3 is -1). Errors are reported in words, never as NaN or
    infinity: division or remainder by zero, a result too large to represent, an exponent
    whose absolute value exceeds maxExponent, the square root of a negative number, a
    negative number to a fractional power, a text longer than maxLength characters and
    parentheses, functions and signs nested deeper than maxDepth (so no input exhausts the
    stack). Pure functions, thread-safe. */
class Arithmetic
{
    Q_DECLARE_TR_FUNCTIONS(Seedbed::Quality::Arithmetic)

public:
    /*! The longest expression accepted, in UTF-16 code units. */
    static constexpr qsizetype maxLength = 10000;
    /*! The deepest nesting of parentheses, function calls, signs and powers. */
    static constexpr int maxDepth = 200;
    /*! The largest absolute value of an exponent, of "^" or of a number's "e". */
    static constexpr double maxExponent = 100000;

    /*! The outcome of evaluate(): a value, or an error in words. */
    struct Result
    {
        std::optional<double> value;
        QString error; //!< translated: "division by zero at position 5"; empty with a value

        bool ok() const { return value.has_value(); }
    };

    /*! The value of \a expression as described in the class documentation. */
    static Result evaluate(QStringView expression);
    /*! The text formatted for comparison and messages: whole numbers without a fraction
        ("42", not "42.0" or "4.2e+01"), others with up to 15 significant digits. */
    static QString format(double value);
};

} // namespace Seedbed::Quality
