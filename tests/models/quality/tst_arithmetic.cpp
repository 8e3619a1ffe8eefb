#include "models/quality/arithmetic.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace Seedbed::Quality;

class TestArithmetic : public QObject
{
    Q_OBJECT

private slots:
    void values_data();
    void values();
    void errors_data();
    void errors();
    void limits();
    void format_data();
    void format();
    void randomInputNeverCrashes();
};

void TestArithmetic::values_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<double>("value");

    QTest::newRow("number") << "42" << 42.0;
    QTest::newRow("precedence") << "2 + 3 * 4" << 14.0;
    QTest::newRow("parentheses") << "(2 + 3) * 4" << 20.0;
    QTest::newRow("left-assoc minus") << "10 - 4 - 3" << 3.0;
    QTest::newRow("left-assoc divide") << "100 / 10 / 5" << 2.0;
    QTest::newRow("power right-assoc") << "2 ^ 3 ^ 2" << 512.0;
    QTest::newRow("double star") << "2 ** 10" << 1024.0;
    QTest::newRow("unary minus binds looser than power") << "-2^2" << -4.0;
    QTest::newRow("negative exponent") << "2^-1" << 0.5;
    QTest::newRow("double negation") << "--3" << 3.0;
    QTest::newRow("unary plus") << "+3 - -3" << 6.0;
    QTest::newRow("remainder") << "17 % 5" << 2.0;
    QTest::newRow("negative remainder truncates") << "-7 % 3" << -1.0;
    QTest::newRow("decimal") << "0.1 + 0.2" << 0.30000000000000004;
    QTest::newRow("leading dot") << ".5 * 4" << 2.0;
    QTest::newRow("trailing dot") << "5. * 2" << 10.0;
    QTest::newRow("scientific") << "1.5e3 + 2E-1" << 1500.2;
    QTest::newRow("scientific plus") << "1e+2" << 100.0;
    QTest::newRow("thousands") << "1,234,567 + 1" << 1234568.0;
    QTest::newRow("thousands with fraction") << "1,000.5 * 2" << 2001.0;
    QTest::newRow("sqrt") << "sqrt(16) + abs(-3)" << 7.0;
    QTest::newRow("function case") << "SQRT(9)" << 3.0;
    QTest::newRow("nested") << "((((1))))" << 1.0;
    QTest::newRow("spaces everywhere") << "  ( 1 +\t2 )\n* 3 " << 9.0;
    QTest::newRow("typographic") << QString::fromUtf8("6 × 7 − 2 ÷ 2") << 41.0;
    QTest::newRow("full width") << QString::fromUtf8("（１＋２）＊３") << 9.0;
    QTest::newRow("gsm8k style") << "48/2 + 48" << 72.0;
    QTest::newRow("zero power zero") << "0^0" << 1.0;
    QTest::newRow("negative integer power") << "(-2)^3" << -8.0;
    QTest::newRow("minus zero is zero") << "-0" << 0.0;
    QTest::newRow("underflow rounds to zero") << "1e-400" << 0.0;
}

void TestArithmetic::values()
{
    QFETCH(QString, expression);
    QFETCH(double, value);
    const Arithmetic::Result result = Arithmetic::evaluate(expression);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.error.isEmpty());
    QCOMPARE(*result.value, value);
    QVERIFY(!std::signbit(*result.value) || value < 0);
}

void TestArithmetic::errors_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("error"); // a part of the message

    QTest::newRow("empty") << ""
                           << "empty";
    QTest::newRow("blank") << "   "
                           << "empty";
    QTest::newRow("division by zero") << "1 / (2 - 2)"
                                      << "division by zero at position 3";
    QTest::newRow("remainder by zero") << "5 % 0"
                                       << "remainder of a division by zero";
    QTest::newRow("zero to negative power") << "0^-1"
                                            << "division by zero";
    QTest::newRow("overflow") << "10^308 * 10"
                              << "too large";
    QTest::newRow("overflow power") << "10^400"
                                    << "too large";
    QTest::newRow("overflow literal") << "1e400"
                                      << "too large";
    QTest::newRow("exponent too big") << "2^200000"
                                      << "exponent";
    QTest::newRow("literal exponent too big") << "1e999999999999"
                                              << "exponent";
    QTest::newRow("negative fractional power") << "(-8)^(1/3)"
                                               << "not a real number";
    QTest::newRow("sqrt of negative") << "sqrt(-1)"
                                      << "square root of a negative number";
    QTest::newRow("unknown name") << "x + 1"
                                  << "unknown name “x” at position 1";
    QTest::newRow("unknown function") << "exp(1)"
                                      << "unknown name “exp”";
    QTest::newRow("no eval") << "__import__('os')"
                             << "unknown name";
    QTest::newRow("shell") << "$(rm -rf /)"
                           << "unexpected “$” at position 1";
    QTest::newRow("missing paren") << "(1 + 2"
                                   << "missing “)” for the “(” at position 1";
    QTest::newRow("extra paren") << "1 + 2)"
                                 << "unexpected “)” at position 6";
    QTest::newRow("dangling operator") << "3 +"
                                       << "ends too early";
    QTest::newRow("double operator") << "3 * / 2"
                                     << "unexpected “/” at position 5";
    QTest::newRow("implicit multiplication") << "2(3)"
                                             << "unexpected “(” at position 2";
    QTest::newRow("bad thousands") << "1,23"
                                   << "comma at position 2";
    QTest::newRow("bad thousands group") << "1234,567"
                                         << "comma at position 5";
    QTest::newRow("argument list") << "1, 2"
                                   << "unexpected “,”";
    QTest::newRow("function without parentheses") << "sqrt 4"
                                                  << "unexpected “4”";
    QTest::newRow("two dots") << "1.2.3"
                              << "unexpected “.”";
    QTest::newRow("equals") << "1 + 1 = 2"
                            << "unexpected “=”";
}

void TestArithmetic::errors()
{
    QFETCH(QString, expression);
    QFETCH(QString, error);
    const Arithmetic::Result result = Arithmetic::evaluate(expression);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(error), qPrintable(result.error));
}

void TestArithmetic::limits()
{
    // Nesting: 200 levels work, 201 do not, and 100 000 fail in words instead of the stack.
    const auto nested = [](int depth) {
        return QString(depth, QLatin1Char('(')) + QLatin1Char('1') +
               QString(depth, QLatin1Char(')'));
    };
    QVERIFY(Arithmetic::evaluate(nested(199)).ok());
    QVERIFY(Arithmetic::evaluate(nested(201)).error.contains("nested more than 200 levels"));
    const QString minuses = QString(5000, QLatin1Char('-')) + QLatin1Char('1');
    QVERIFY(Arithmetic::evaluate(minuses).error.contains("nested"));
    const QString powers = QStringLiteral("1") + QStringLiteral("^1").repeated(4000);
    QVERIFY(Arithmetic::evaluate(powers).error.contains("nested"));
    QVERIFY(Arithmetic::evaluate(QStringLiteral("1") + QStringLiteral("^1").repeated(150)).ok());
    const QString functions =
        QStringLiteral("abs(").repeated(300) + QLatin1Char('1') + QString(300, QLatin1Char(')'));
    QVERIFY(Arithmetic::evaluate(functions).error.contains("nested"));

    // Length: long flat sums are fine up to the limit.
    QString sum = QStringLiteral("1");
    while (sum.size() + 2 <= Arithmetic::maxLength)
        sum += QStringLiteral("+1");
    const Arithmetic::Result ok = Arithmetic::evaluate(sum);
    QVERIFY2(ok.ok(), qPrintable(ok.error));
    QCOMPARE(*ok.value, double(sum.size() / 2 + 1));
    const Arithmetic::Result tooLong = Arithmetic::evaluate(sum + QStringLiteral("+1"));
    QVERIFY(!tooLong.ok());
    QVERIFY(tooLong.error.contains("longer than"));
}

void TestArithmetic::format_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("whole") << 42.0 << "42";
    QTest::newRow("negative whole") << -7.0 << "-7";
    QTest::newRow("fraction") << 0.5 << "0.5";
    QTest::newRow("float noise") << 0.1 + 0.2 << "0.3";
    QTest::newRow("large") << 1e20 << "1e+20";
    QTest::newRow("zero") << 0.0 << "0";
}

void TestArithmetic::format()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(Arithmetic::format(value), text);
}

void TestArithmetic::randomInputNeverCrashes()
{
    // A small fuzz over the grammar's alphabet (seeded): every input gives a value or an error.
    const QString alphabet = QStringLiteral("0123456789.,e+-*/%^() sqrtab");
    QRandomGenerator random(7);
    for (int i = 0; i < 20000; ++i) {
        QString text;
        const int length = int(random.bounded(1, 40));
        for (int j = 0; j < length; ++j)
            text += alphabet.at(int(random.bounded(qsizetype(alphabet.size()))));
        const Arithmetic::Result result = Arithmetic::evaluate(text);
        QVERIFY2(result.ok() != !result.error.isEmpty(), qPrintable(text));
        if (result.ok())
            QVERIFY2(std::isfinite(*result.value), qPrintable(text));
    }
}

QTEST_GUILESS_MAIN(TestArithmetic)
#include "tst_arithmetic.moc"
