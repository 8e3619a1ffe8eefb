#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringView>
#include <QVariantMap>

#include <optional>

namespace Seedbed::Quality {

/*! \brief The outcome of checking one record: whether it passed and, in words, why not. */
struct VerifyOutcome
{
    bool passed = false;
    QString reason;    //!< translated; empty when passed
    QString extracted; //!< the final answer found in the record, as compared
    QString expected;  //!< the reference answer or the expression's value, as compared
};

/*! \brief The "answer" and "expression" methods of the Verify stage: find the final answer in
    a field and compare it with a reference field, or with the value of an arithmetic
    expression in a field (evaluated by Arithmetic, never by a script engine).

    \section1 Finding the final answer
    With a \c pattern setting, its last match in the text counts: the first capture group when
    the pattern has one and it took part in the match, else the whole match. Without one,
    extract() looks, in this order, for the last \\boxed{…} (braces may nest), the last line
    starting with "####", the last "answer is …", "answer: …", "final answer …", "答案是…",
    "答案为…" or "答案：…", and finally the last number in the text (the "flexible" rule of
    common evaluation harnesses). A phrase's answer ends at the end of its line or sentence;
    Markdown emphasis, "$" around TeX and a final full stop are removed.

    \section1 Comparing
    equal() compares two answers as numbers when both read as one (thousands commas, a
    leading currency sign, a trailing "%" or unit word, \\frac{a}{b} and simple arithmetic such
    as "3/4" are understood): they are equal when they differ by at most \c tolerance, or by at
    most \c tolerance times the larger magnitude. Otherwise both texts are normalised (Unicode
    NFKC, case folding, white space collapsed, punctuation at either end removed) and compared
    exactly, so "Paris." equals "paris" and "(B)" equals "b".

    A reference field that holds a whole solution (a GSM8K answer ending in "#### 72") is
    reduced to its marked answer first: \\boxed{}, "####" or an answer phrase, never the
    last-number rule. Pure functions, thread-safe. */
class AnswerCheck
{
    Q_DECLARE_TR_FUNCTIONS(Seedbed::Quality::AnswerCheck)

public:
    /*! Checks \a fields with the Verify stage's \a settings (method "answer" or "expression";
        answerField, pattern, referenceField, expressionField, tolerance). A missing or empty
        field, an answer that is not found, an invalid pattern or expression fail the record
        with a reason that names the field. */
    static VerifyOutcome verify(const QVariantMap &settings, const QJsonObject &fields);

    /*! The final answer in \a text: with \a pattern (a regular expression; empty for the
        built-in rules) as described in the class documentation. Nothing when none is found
        or the pattern is invalid. */
    static std::optional<QString> extract(QStringView text, const QString &pattern = QString());
    /*! Whether answers \a a and \a b agree, as described in the class documentation. */
    static bool equal(QStringView a, QStringView b, double tolerance = 1e-6);
    /*! \a text as a number when it reads as one, as equal() reads it. */
    static std::optional<double> numberValue(QStringView text);
    /*! A field value as text: strings as they are, numbers without a spurious fraction ("42",
        not "42.0"), booleans as true/false, arrays and objects as compact JSON, null and
        missing as empty. */
    static QString fieldText(const QJsonValue &value);
};

} // namespace Seedbed::Quality
