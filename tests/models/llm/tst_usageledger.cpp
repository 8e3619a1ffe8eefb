#include "models/llm/usageledger.h"

#include <QTest>

#include <cmath>

using namespace Seedbed::Llm;

namespace {
Usage usage(qint64 prompt, qint64 completion, qint64 reasoning = -1, bool estimated = false)
{
    Usage result;
    result.promptTokens = prompt;
    result.completionTokens = completion;
    result.reasoningTokens = reasoning;
    result.estimated = estimated;
    return result;
}

ProviderProfile profile(const QString &currency)
{
    ProviderProfile result;
    result.name = "p-" + currency;
    result.currency = currency;
    result.prices.insert("chat", ModelPrice{2, 8}); // per million tokens
    result.prices.insert("free", ModelPrice{0, 0}); // a local model, priced at zero
    result.prices.insert("reasoner", ModelPrice{4, 16});
    return result;
}

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-12;
}
} // namespace

class TestUsageLedger : public QObject
{
    Q_OBJECT

private slots:
    void callCost_data();
    void callCost();
    void callCostNeedsAPrice();
    void sumsARun();
    void reasoningIsNotChargedTwice();
    void estimatedAndUnknownAreFlagged();
    void unpricedModelsMakeCostIncomplete();
    void currenciesAreKeptApart();
    void mergeAndClear();
};

void TestUsageLedger::callCost_data()
{
    QTest::addColumn<qint64>("prompt");
    QTest::addColumn<qint64>("completion");
    QTest::addColumn<double>("expected");
    QTest::addColumn<bool>("known");

    QTest::newRow("both") << qint64(1000) << qint64(500) << 0.002 + 0.004 << true;
    QTest::newRow("a million each") << qint64(1000000) << qint64(1000000) << 10.0 << true;
    QTest::newRow("zero") << qint64(0) << qint64(0) << 0.0 << true;
    QTest::newRow("prompt only known") << qint64(1000) << qint64(-1) << 0.002 << true;
    QTest::newRow("completion only known") << qint64(-1) << qint64(250) << 0.002 << true;
    QTest::newRow("nothing known") << qint64(-1) << qint64(-1) << 0.0 << false;
}

void TestUsageLedger::callCost()
{
    QFETCH(qint64, prompt);
    QFETCH(qint64, completion);
    QFETCH(double, expected);
    QFETCH(bool, known);

    const auto cost = UsageLedger::callCost(usage(prompt, completion), ModelPrice{2, 8});
    QCOMPARE(cost.has_value(), known);
    if (known)
        QVERIFY2(near(*cost, expected), qPrintable(QString::number(*cost, 'g', 17)));
}

void TestUsageLedger::callCostNeedsAPrice()
{
    const ProviderProfile p = profile("USD");
    QVERIFY(UsageLedger::callCost(usage(10, 10), p, "chat").has_value());
    QVERIFY(!UsageLedger::callCost(usage(10, 10), p, "unknown-model").has_value());
    QCOMPARE(*UsageLedger::callCost(usage(10, 10), p, "free"), 0.0);
}

void TestUsageLedger::sumsARun()
{
    UsageLedger ledger;
    const ProviderProfile p = profile("USD");
    ledger.record(p, "chat", usage(1000, 200));
    ledger.record(p, "chat", usage(3000, 800));
    ledger.record(p, "free", usage(5000, 5000));

    const UsageLedger::Totals &totals = ledger.totals();
    QCOMPARE(totals.calls, 3);
    QCOMPARE(totals.promptTokens, 9000);
    QCOMPARE(totals.completionTokens, 6000);
    QCOMPARE(totals.totalTokens(), 15000);
    QCOMPARE(totals.reasoningTokens, 0);
    QVERIFY(!totals.estimated);
    QVERIFY(totals.isCostComplete());
    QCOMPARE(totals.cost.keys(), QStringList({"USD"}));
    QVERIFY(near(totals.cost.value("USD"), 4000 * 2e-6 + 1000 * 8e-6));

    QCOMPARE(ledger.models(), QStringList({"chat", "free"}));
    QCOMPARE(ledger.totalsForModel("chat").calls, 2);
    QCOMPARE(ledger.totalsForModel("free").cost.value("USD"), 0.0);
    QCOMPARE(ledger.totalsForModel("never").calls, 0);
}

void TestUsageLedger::reasoningIsNotChargedTwice()
{
    UsageLedger ledger;
    // 300 completion tokens of which 200 were reasoning: billed as 300 output tokens.
    ledger.record(profile("USD"), "reasoner", usage(100, 300, 200));
    QCOMPARE(ledger.totals().reasoningTokens, 200);
    QCOMPARE(ledger.totals().completionTokens, 300);
    QVERIFY(near(ledger.totals().cost.value("USD"), 100 * 4e-6 + 300 * 16e-6));
}

void TestUsageLedger::estimatedAndUnknownAreFlagged()
{
    UsageLedger ledger;
    const ProviderProfile p = profile("USD");
    ledger.record(p, "chat", usage(100, 100));
    QVERIFY(!ledger.totals().estimated);
    ledger.record(p, "chat", usage(40, 60, -1, true));
    QVERIFY(ledger.totals().estimated);
    QVERIFY(ledger.totals().isCostComplete()); // estimated counts are still counts

    ledger.record(p, "chat", usage(-1, -1)); // e.g. a failed call with no counts at all
    QCOMPARE(ledger.totals().calls, 3);
    QCOMPARE(ledger.totals().callsWithUnknownTokens, 1);
    QCOMPARE(ledger.totals().promptTokens, 140);
    QVERIFY(!ledger.totals().isCostComplete());
    QVERIFY(near(ledger.totals().cost.value("USD"), 140 * 2e-6 + 160 * 8e-6));
}

void TestUsageLedger::unpricedModelsMakeCostIncomplete()
{
    UsageLedger ledger;
    const ProviderProfile p = profile("USD");
    ledger.record(p, "mystery", usage(1000, 1000));
    ledger.record(p, "another", usage(1, 1));
    ledger.record(p, "mystery", usage(1000, 1000));
    ledger.record(p, "chat", usage(1000000, 0));
    QCOMPARE(ledger.totals().unpricedModels, QStringList({"another", "mystery"}));
    QVERIFY(!ledger.totals().isCostComplete());
    QCOMPARE(ledger.totals().promptTokens, 1002001);
    QVERIFY(near(ledger.totals().cost.value("USD"), 2.0));
}

void TestUsageLedger::currenciesAreKeptApart()
{
    UsageLedger ledger;
    ledger.record(profile("USD"), "chat", usage(1000000, 0));
    ledger.record(profile("CNY"), "chat", usage(0, 1000000));
    QVERIFY(near(ledger.totals().cost.value("USD"), 2));
    QVERIFY(near(ledger.totals().cost.value("CNY"), 8));
    QCOMPARE(ledger.totals().cost.size(), 2);
}

void TestUsageLedger::mergeAndClear()
{
    UsageLedger first;
    UsageLedger second;
    first.record(profile("USD"), "chat", usage(1000, 1000));
    second.record(profile("USD"), "chat", usage(1000, 1000, 10, true));
    second.record(profile("USD"), "mystery", usage(5, 5));

    UsageLedger whole;
    whole.record(profile("USD"), "chat", usage(1000, 1000));
    whole.record(profile("USD"), "chat", usage(1000, 1000, 10, true));
    whole.record(profile("USD"), "mystery", usage(5, 5));

    first.merge(second);
    QCOMPARE(first.totals(), whole.totals());
    QCOMPARE(first.totalsForModel("chat"), whole.totalsForModel("chat"));
    QCOMPARE(first.models(), whole.models());

    first.clear();
    QCOMPARE(first.totals(), UsageLedger::Totals());
    QVERIFY(first.models().isEmpty());
}

QTEST_GUILESS_MAIN(TestUsageLedger)
#include "tst_usageledger.moc"
