#include "models/quality/answercheck.h"

#include <QJsonArray>
#include <QTest>

using namespace Seedbed::Quality;

namespace {
QVariantMap answerSettings(const QVariantMap &extra = {})
{
    QVariantMap settings{{"method", "answer"},
                         {"answerField", "answer"},
                         {"referenceField", "reference"},
                         {"expressionField", "expression"},
                         {"tolerance", 1e-6}};
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        settings.insert(it.key(), it.value());
    return settings;
}
} // namespace

class TestAnswerCheck : public QObject
{
    Q_OBJECT

private slots:
    void extract_data();
    void extract();
    void extractWithPattern();
    void equal_data();
    void equal();
    void verifyAnswer();
    void verifyExpression();
    void verifyFailures();
};

void TestAnswerCheck::extract_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // "<none>" when nothing is found

    QTest::newRow("gsm8k") << "Natalia sold 48/2 = <<48/2=24>>24 clips in May.\n"
                              "Natalia sold 48+24 = <<48+24=72>>72 clips.\n#### 72"
                           << "72";
    QTest::newRow("hashes with comma") << "so...\n####  1,200 "
                                       << "1,200";
    QTest::newRow("boxed") << "Thus $x = \\boxed{42}$."
                           << "42";
    QTest::newRow("boxed nested braces") << "\\boxed{\\frac{1}{2}}"
                                         << "\\frac{1}{2}";
    QTest::newRow("last boxed wins") << "\\boxed{1} then \\boxed{2}"
                                     << "2";
    QTest::newRow("unbalanced boxed falls back") << "\\boxed{3 and 7"
                                                 << "7";
    QTest::newRow("boxed beats phrase") << "The answer is 5. Final: \\boxed{6}"
                                        << "6";
    QTest::newRow("answer is") << "Adding them, the answer is 42."
                               << "42";
    QTest::newRow("answer is sentence") << "The answer is Paris, the capital."
                                        << "Paris";
    QTest::newRow("final answer colon") << "Final answer: 3.5. Done"
                                        << "3.5";
    QTest::newRow("markdown") << "**Answer:** 17"
                              << "17";
    QTest::newRow("markdown bold value") << "Answer: **B**"
                                         << "B";
    QTest::newRow("tex value") << "The answer is $12$."
                               << "12";
    QTest::newRow("last phrase wins") << "An answer is 1? No. The answer is 2."
                                      << "2";
    QTest::newRow("chinese") << QString::fromUtf8("所以，答案是 15 元。")
                             << QString::fromUtf8("15 元");
    QTest::newRow("chinese colon") << QString::fromUtf8("答案：42") << "42";
    QTest::newRow("last number fallback") << "She has 3 apples and buys 4 more, 7 in all."
                                          << "7";
    QTest::newRow("negative number fallback") << "x = -4"
                                              << "-4";
    QTest::newRow("decimal fallback") << "It costs 12.50 dollars"
                                      << "12.50";
    QTest::newRow("thousands fallback") << "about 1,234,567 people"
                                        << "1,234,567";
    QTest::newRow("nothing") << "I do not know."
                             << "<none>";
    QTest::newRow("empty") << ""
                           << "<none>";
    QTest::newRow("answer word without value") << "To answer this, think."
                                               << "<none>";
}

void TestAnswerCheck::extract()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const std::optional<QString> found = AnswerCheck::extract(text);
    if (expected == "<none>") {
        QVERIFY2(!found, qPrintable(found.value_or(QString())));
    } else {
        QVERIFY(found);
        QCOMPARE(*found, expected);
    }
}

void TestAnswerCheck::extractWithPattern()
{
    // The capture group, last match.
    QCOMPARE(AnswerCheck::extract(u"Result=3; Result=4", "Result=(\\d+)").value_or("?"), "4");
    // No group: the whole match.
    QCOMPARE(AnswerCheck::extract(u"abc 123 def", "\\d+").value_or("?"), "123");
    // An optional group that did not take part: the whole match.
    QCOMPARE(AnswerCheck::extract(u"val 9", "val (x)?\\d").value_or("?"), "val 9");
    // Multiline: ^ and $ work per line.
    QCOMPARE(AnswerCheck::extract(u"A: 1\nB: 2\nA: 3", "^A: (\\d)$").value_or("?"), "3");
    // With a pattern, the built-in rules do not apply.
    QVERIFY(!AnswerCheck::extract(u"#### 72", "Result=(\\d+)"));
    // An invalid pattern finds nothing.
    QVERIFY(!AnswerCheck::extract(u"(((", "(("));
}

void TestAnswerCheck::equal_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<double>("tolerance");
    QTest::addColumn<bool>("equal");

    QTest::newRow("same integer") << "42"
                                  << "42" << 1e-6 << true;
    QTest::newRow("integer vs decimal") << "42"
                                        << "42.0" << 1e-6 << true;
    QTest::newRow("thousands") << "1,200"
                               << "1200" << 1e-6 << true;
    QTest::newRow("currency") << "$1,200.00"
                              << "1200" << 1e-6 << true;
    QTest::newRow("yuan sign") << QString::fromUtf8("¥15") << "15" << 1e-6 << true;
    QTest::newRow("unit word") << "42 apples"
                               << "42" << 1e-6 << true;
    QTest::newRow("chinese unit") << QString::fromUtf8("15 元") << "15" << 1e-6 << true;
    QTest::newRow("percent") << "50%"
                             << "50" << 1e-6 << true;
    QTest::newRow("fraction") << "3/4"
                              << "0.75" << 1e-6 << true;
    QTest::newRow("tex fraction") << "\\frac{1}{2}"
                                  << "0.5" << 1e-6 << true;
    QTest::newRow("negative") << "-4"
                              << "-4.0" << 1e-6 << true;
    QTest::newRow("scientific") << "1.5e3"
                                << "1500" << 1e-6 << true;
    QTest::newRow("different") << "41"
                               << "42" << 1e-6 << false;
    QTest::newRow("within absolute tolerance") << "3.14"
                                               << "3.14159" << 0.01 << true;
    QTest::newRow("outside tolerance") << "3.14"
                                       << "3.14159" << 1e-4 << false;
    QTest::newRow("relative tolerance") << "1000001"
                                        << "1000000" << 1e-6 << true;
    QTest::newRow("zero tolerance exact") << "0.1"
                                          << "0.1" << 0.0 << true;
    QTest::newRow("text case") << "Paris"
                               << "paris" << 1e-6 << true;
    QTest::newRow("text spaces and full stop") << "  New   York. "
                                               << "new york" << 1e-6 << true;
    QTest::newRow("choice letter") << "(B)"
                                   << "b" << 1e-6 << true;
    QTest::newRow("text differs") << "Paris"
                                  << "London" << 1e-6 << false;
    QTest::newRow("number vs words") << "42"
                                     << "forty-two" << 1e-6 << false;
    QTest::newRow("date is not arithmetic") << "2024-05-01"
                                            << "2018" << 1e-6 << false;
    QTest::newRow("range is not arithmetic") << "10-12"
                                             << "-2" << 1e-6 << false;
    QTest::newRow("two numbers are not one") << "3 and 4"
                                             << "3" << 1e-6 << false;
}

void TestAnswerCheck::equal()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(double, tolerance);
    QFETCH(bool, equal);
    QCOMPARE(AnswerCheck::equal(a, b, tolerance), equal);
    QCOMPARE(AnswerCheck::equal(b, a, tolerance), equal);
}

void TestAnswerCheck::verifyAnswer()
{
    // A GSM8K record: the reference is a whole solution ending in "#### 72".
    const QJsonObject gsm{{"answer", "She sold 48 + 24 = 72 clips.\n#### 72"},
                          {"reference", "Natalia sold 48/2 = <<48/2=24>>24 clips in May.\n"
                                        "Altogether 48+24 = <<48+24=72>>72 clips.\n#### 72"}};
    VerifyOutcome outcome = AnswerCheck::verify(answerSettings(), gsm);
    QVERIFY2(outcome.passed, qPrintable(outcome.reason));
    QCOMPARE(outcome.extracted, "72");
    QCOMPARE(outcome.expected, "72");
    QVERIFY(outcome.reason.isEmpty());

    // Wrong answer: the reason quotes both.
    QJsonObject wrong = gsm;
    wrong["answer"] = "The answer is 70.";
    outcome = AnswerCheck::verify(answerSettings(), wrong);
    QVERIFY(!outcome.passed);
    QCOMPARE(outcome.extracted, "70");
    QCOMPARE(outcome.reason, "the answer “70” differs from the expected “72”");

    // A numeric reference field, other field names, a custom pattern.
    const QJsonObject custom{{"solution", "RESULT: 1,024"}, {"gold", 1024}};
    outcome = AnswerCheck::verify(answerSettings({{"answerField", "solution"},
                                                  {"referenceField", "gold"},
                                                  {"pattern", "RESULT:\\s*([\\d,]+)"}}),
                                  custom);
    QVERIFY2(outcome.passed, qPrintable(outcome.reason));
    QCOMPARE(outcome.expected, "1024");

    // Text answers, case-insensitive.
    outcome = AnswerCheck::verify(answerSettings(),
                                  {{"answer", "The answer is PARIS."}, {"reference", "Paris"}});
    QVERIFY2(outcome.passed, qPrintable(outcome.reason));

    // Chinese.
    outcome = AnswerCheck::verify(
        answerSettings(),
        {{"answer", QString::fromUtf8("一共花了 15 元，答案是 15 元。")}, {"reference", "15"}});
    QVERIFY2(outcome.passed, qPrintable(outcome.reason));

    // Tolerance from the settings.
    const QJsonObject approx{{"answer", "#### 3.14"}, {"reference", "3.14159"}};
    QVERIFY(!AnswerCheck::verify(answerSettings(), approx).passed);
    QVERIFY(AnswerCheck::verify(answerSettings({{"tolerance", 0.01}}), approx).passed);
}

void TestAnswerCheck::verifyExpression()
{
    QVariantMap settings = answerSettings({{"method", "expression"}});
    VerifyOutcome outcome = AnswerCheck::verify(
        settings, {{"answer", "So the total is 14."}, {"expression", "2 + 3 * 4"}});
    QVERIFY2(outcome.passed, qPrintable(outcome.reason));
    QCOMPARE(outcome.expected, "14");
    QCOMPARE(outcome.extracted, "14");

    outcome = AnswerCheck::verify(settings, {{"answer", "#### 20"}, {"expression", "2 + 3 * 4"}});
    QVERIFY(!outcome.passed);
    QCOMPARE(outcome.reason, "the answer “20” differs from the expected “14”");

    outcome = AnswerCheck::verify(settings, {{"answer", "#### 0.333"}, {"expression", "1/3"}});
    QVERIFY(!outcome.passed);
    settings["tolerance"] = 1e-3;
    outcome = AnswerCheck::verify(settings, {{"answer", "#### 0.333"}, {"expression", "1/3"}});
    QVERIFY2(outcome.passed, qPrintable(outcome.reason));

    // A bad expression fails the record with the evaluator's words.
    outcome = AnswerCheck::verify(settings, {{"answer", "#### 1"}, {"expression", "1/0"}});
    QVERIFY(!outcome.passed);
    QCOMPARE(outcome.reason, "the expression in “expression” cannot be evaluated: division by "
                             "zero at position 2");
    outcome =
        AnswerCheck::verify(settings, {{"answer", "#### 1"}, {"expression", "system('rm -rf /')"}});
    QVERIFY(!outcome.passed);
    QVERIFY(outcome.reason.contains("unknown name “system”"));

    // A non-numeric answer.
    outcome =
        AnswerCheck::verify(settings, {{"answer", "The answer is blue."}, {"expression", "1+1"}});
    QVERIFY(!outcome.passed);
    QCOMPARE(outcome.reason, "the answer “blue” is not a number");
}

void TestAnswerCheck::verifyFailures()
{
    VerifyOutcome outcome = AnswerCheck::verify(answerSettings(), {{"reference", "1"}});
    QVERIFY(!outcome.passed);
    QCOMPARE(outcome.reason, "the field “answer” is missing or empty");

    outcome = AnswerCheck::verify(answerSettings(), {{"answer", "#### 1"}});
    QCOMPARE(outcome.reason, "the field “reference” is missing or empty");

    outcome = AnswerCheck::verify(answerSettings({{"method", "expression"}}),
                                  {{"answer", "#### 1"}, {"expression", "  "}});
    QCOMPARE(outcome.reason, "the field “expression” is missing or empty");

    outcome = AnswerCheck::verify(answerSettings(), {{"answer", "no idea"}, {"reference", "1"}});
    QVERIFY(!outcome.passed);
    QCOMPARE(outcome.reason, "no final answer found in “answer”");

    outcome = AnswerCheck::verify(answerSettings({{"pattern", "(("}}),
                                  {{"answer", "1"}, {"reference", "1"}});
    QVERIFY(!outcome.passed);
    QVERIFY(outcome.reason.startsWith("the answer pattern “((” is not a valid regular expression"));

    outcome = AnswerCheck::verify(answerSettings({{"method", "llm"}}), {{"answer", "1"}});
    QVERIFY(!outcome.passed);
    QVERIFY(!outcome.reason.isEmpty());

    // Non-string answer fields are read as text.
    outcome = AnswerCheck::verify(answerSettings(), {{"answer", 72}, {"reference", "#### 72"}});
    QVERIFY2(outcome.passed, qPrintable(outcome.reason));
}

QTEST_GUILESS_MAIN(TestAnswerCheck)
#include "tst_answercheck.moc"
