#include "models/projectformat.h"
#include "models/projectstore.h"
#include "models/records/agreement.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Seedbed;
using namespace Seedbed::Records;

class tst_Agreement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void countsMeansAndAgreement();
    void withoutThresholdNoAgreement();
    void filterNarrows();
    void readOnlyConnection();
    void nothingReviewed();
    void thresholdsFromProject();

private:
    void add(const QString &stage, const QString &state, const QString &scores);
    QList<JudgeAgreement> compute(const QHash<QString, double> &thresholds,
                                  const RecordFilter &filter = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
};

const QString stageA = QStringLiteral("00000000-0000-0000-0000-00000000000a");
const QString stageB = QStringLiteral("00000000-0000-0000-0000-00000000000b");

void tst_Agreement::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ProjectStore>();
    ProjectError error;
    QVERIFY2(m_store->create(m_dir->filePath("data.sqlite"), &error), qPrintable(error.message));
}

void tst_Agreement::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void tst_Agreement::add(const QString &stage, const QString &state, const QString &scores)
{
    QSqlQuery insert(m_store->database());
    insert.prepare(
        QStringLiteral("INSERT INTO records (stage_id, review_state, scores) VALUES (?, ?, ?)"));
    insert.addBindValue(stage);
    insert.addBindValue(state);
    insert.addBindValue(scores);
    QVERIFY(insert.exec());
}

QList<JudgeAgreement> tst_Agreement::compute(const QHash<QString, double> &thresholds,
                                             const RecordFilter &filter)
{
    QList<JudgeAgreement> result;
    QString error;
    if (!Agreement::compute(m_store->database(), thresholds, filter, &result, &error))
        qWarning("%s", qPrintable(error));
    return result;
}

void tst_Agreement::countsMeansAndAgreement()
{
    // Judge "Q" (threshold 5): accepted 8, 6, 4 (edited); rejected 2, 7.
    add(stageA, "accepted", R"({"Q": 8, "Style": 1})");
    add(stageA, "accepted", R"({"Q": 6})");
    add(stageA, "edited", R"({"Q": 4})");
    add(stageA, "rejected", R"({"Q": 2, "Style": 9})");
    add(stageA, "rejected", R"({"Q": 7})");
    // Not reviewed, or no number: not counted.
    add(stageA, "unreviewed", R"({"Q": 1})");
    add(stageA, "accepted", R"({"Q": "high"})");
    add(stageA, "accepted", "not json");

    const QList<JudgeAgreement> result = compute({{"Q", 5.0}, {"Style", 5.0}});
    QCOMPARE(result.size(), 2);
    const JudgeAgreement &q = result.at(0);
    QCOMPARE(q.judge, QStringLiteral("Q"));
    QCOMPARE(q.threshold, std::optional(5.0));
    QCOMPARE(q.accepted, 3);
    QCOMPARE(q.rejected, 2);
    QCOMPARE(q.reviewed(), 5);
    QCOMPARE(*q.meanAccepted, 6.0);
    QCOMPARE(*q.meanRejected, 4.5);
    // 8 ≥ 5, 6 ≥ 5 agree; 4 < 5 accepted disagrees; 2 < 5 rejected agrees; 7 rejected does not.
    QCOMPARE(q.agreements, std::optional<qint64>(3));
    QCOMPARE(*q.agreementRate(), 0.6);

    const JudgeAgreement &style = result.at(1);
    QCOMPARE(style.judge, QStringLiteral("Style"));
    QCOMPARE(style.accepted, 1);
    QCOMPARE(style.rejected, 1);
    QCOMPARE(style.agreements, std::optional<qint64>(0)); // 1 accepted, 9 rejected
    QCOMPARE(*style.agreementRate(), 0.0);
}

void tst_Agreement::withoutThresholdNoAgreement()
{
    add(stageA, "accepted", R"({"Q": 8})");
    add(stageA, "rejected", R"({"Q": 2})");
    const QList<JudgeAgreement> result = compute({{"Other", 3.0}});
    QCOMPARE(result.size(), 1);
    QVERIFY(!result.at(0).threshold);
    QVERIFY(!result.at(0).agreements);
    QVERIFY(!result.at(0).agreementRate());
    QCOMPARE(*result.at(0).meanAccepted, 8.0);
    QCOMPARE(*result.at(0).meanRejected, 2.0);
    // A score at the threshold passes.
    const QList<JudgeAgreement> atMark = compute({{"Q", 8.0}});
    QCOMPARE(atMark.at(0).agreements, std::optional<qint64>(2));
}

void tst_Agreement::filterNarrows()
{
    add(stageA, "accepted", R"({"Q": 8})");
    add(stageB, "accepted", R"({"Q": 2})");
    add(stageB, "rejected", R"({"Q": 1})");
    RecordFilter filter;
    filter.stages = {QUuid::fromString(stageB)};
    const QList<JudgeAgreement> result = compute({{"Q", 5.0}}, filter);
    QCOMPARE(result.size(), 1);
    QCOMPARE(result.at(0).accepted, 1);
    QCOMPARE(result.at(0).rejected, 1);
    QCOMPARE(result.at(0).agreements, std::optional<qint64>(1));
    // The filter's own review states narrow further.
    filter.reviewStates = {QStringLiteral("rejected")};
    const QList<JudgeAgreement> rejectedOnly = compute({{"Q", 5.0}}, filter);
    QCOMPARE(rejectedOnly.at(0).accepted, 0);
    QVERIFY(!rejectedOnly.at(0).meanAccepted);
    QCOMPARE(rejectedOnly.at(0).rejected, 1);
}

void tst_Agreement::readOnlyConnection()
{
    add(stageA, "accepted", R"({"Q": 8})");
    QList<JudgeAgreement> result;
    QString error;
    QVERIFY2(Agreement::compute(m_dir->filePath("data.sqlite"), {{"Q", 5.0}}, {}, &result, &error),
             qPrintable(error));
    QCOMPARE(result.size(), 1);
    QCOMPARE(*result.at(0).agreementRate(), 1.0);
    QVERIFY(!Agreement::compute(m_dir->filePath("missing.sqlite"), {}, {}, &result, &error));
    QVERIFY(!error.isEmpty());
}

void tst_Agreement::nothingReviewed()
{
    add(stageA, "unreviewed", R"({"Q": 8})");
    QVERIFY(compute({{"Q", 5.0}}).isEmpty());
}

void tst_Agreement::thresholdsFromProject()
{
    ProjectData project;
    Stage judge;
    judge.type = QStringLiteral("judge");
    judge.name = QStringLiteral("Quality");
    judge.settings = {{"threshold", 6.5}};
    Stage other;
    other.type = QStringLiteral("rule_filter");
    other.name = QStringLiteral("Filter");
    other.settings = {{"threshold", 1.0}};
    project.stages = {judge, other};
    QCOMPARE(Agreement::thresholds(project), (QHash<QString, double>{{"Quality", 6.5}}));
}

QTEST_GUILESS_MAIN(tst_Agreement)
#include "tst_agreement.moc"
