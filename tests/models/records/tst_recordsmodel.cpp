#include "models/projectstore.h"
#include "models/records/recordsmodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Seedbed;
using namespace Seedbed::Records;

namespace {

const QUuid generateStage = QUuid::fromString(u"11111111-1111-1111-1111-111111111111");
const QUuid judgeStage = QUuid::fromString(u"22222222-2222-2222-2222-222222222222");

struct Rec
{
    QString stage = generateStage.toString(QUuid::WithoutBraces);
    QJsonObject fields;
    QString status = QStringLiteral("ok");
    QString review = QStringLiteral("unreviewed");
    QJsonObject scores;
    QVariant score;
    QStringList tags;
};

/*! A project folder with a data.sqlite made by ProjectStore, written by a connection of the
    test's own (so the model's read connection is the only other one). */
class Project
{
public:
    Project()
    {
        ProjectStore store;
        ProjectError error;
        m_ok = store.create(path(), &error);
        if (!m_ok)
            qWarning() << error.message;
    }
    bool isValid() const { return m_ok && m_dir.isValid(); }
    QString dir() const { return m_dir.path(); }
    QString path() const { return m_dir.filePath(QStringLiteral("data.sqlite")); }

    // Inserts \a records in one transaction; returns their ids.
    QList<qint64> insert(const QList<Rec> &records)
    {
        ProjectStore store;
        ProjectError error;
        if (!store.open(path(), &error))
            return {};
        QSqlDatabase db = store.database();
        db.transaction();
        QSqlQuery query(db);
        query.prepare(QStringLiteral(
            "INSERT INTO records (stage_id, fields, status, review_state, scores, score, tags, "
            "item_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        QList<qint64> ids;
        for (const Rec &r : records) {
            query.addBindValue(r.stage);
            query.addBindValue(
                QString::fromUtf8(QJsonDocument(r.fields).toJson(QJsonDocument::Compact)));
            query.addBindValue(r.status);
            query.addBindValue(r.review);
            query.addBindValue(
                QString::fromUtf8(QJsonDocument(r.scores).toJson(QJsonDocument::Compact)));
            query.addBindValue(r.score);
            query.addBindValue(QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(r.tags)).toJson(QJsonDocument::Compact)));
            query.addBindValue(QUuid::createUuid().toString());
            if (!query.exec()) {
                qWarning() << query.lastError().text();
                return {};
            }
            ids.append(query.lastInsertId().toLongLong());
        }
        db.commit();
        return ids;
    }

    bool exec(const QString &sql)
    {
        ProjectStore store;
        ProjectError error;
        if (!store.open(path(), &error))
            return false;
        QSqlQuery query(store.database());
        if (!query.exec(sql)) {
            qWarning() << query.lastError().text();
            return false;
        }
        return true;
    }

private:
    QTemporaryDir m_dir;
    bool m_ok = false;
};

Rec rec(const QString &text, double score = 0, const QString &status = QStringLiteral("ok"))
{
    Rec r;
    r.fields = {{QStringLiteral("question"), text}, {QStringLiteral("answer"), text.toUpper()}};
    r.score = score;
    r.status = status;
    r.scores = {{QStringLiteral("Quality judge"), score}};
    return r;
}

bool waitReady(RecordsModel &model)
{
    if (model.isReady())
        return true;
    QSignalSpy failed(&model, &RecordsModel::failed);
    if (!QTest::qWaitFor([&] { return model.isReady() || !failed.isEmpty(); }, 60000))
        return false;
    if (!failed.isEmpty())
        qWarning() << failed.first().first().toString();
    return failed.isEmpty();
}

// Every matching id, each row's data read (waits for the pages).
QList<qint64> shownIds(RecordsModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, RecordsModel::IdColumn);
        if (!QTest::qWaitFor([&] { return model.data(index).isValid(); }, 10000))
            return {-1};
        ids.append(model.data(index).toLongLong());
    }
    return ids;
}

} // namespace

class TestRecordsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyProject();
    void loadsAndShows();
};

void TestRecordsModel::emptyProject()
{
    RecordsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setProject(QString());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(RecordsModel::FixedColumnCount));
}

void TestRecordsModel::loadsAndShows()
{
    Project project;
    QVERIFY(project.isValid());
    const QList<qint64> ids =
        project.insert({rec(QStringLiteral("alpha"), 4), rec(QStringLiteral("beta"), 2),
                        rec(QStringLiteral("gamma"), 5, QStringLiteral("filtered"))});
    QCOMPARE(ids.size(), 3);

    RecordsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setProject(project.dir(), {{generateStage, QStringLiteral("Generate")}});
    QVERIFY(waitReady(model));
    QCOMPARE(model.matchCount(), 3);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.fieldColumns(),
             (QStringList{QStringLiteral("answer"), QStringLiteral("question")}));
    QCOMPARE(model.scoreColumns(), QStringList{QStringLiteral("Quality judge")});
    QCOMPARE(shownIds(model), ids);
    QCOMPARE(model.data(model.index(0, RecordsModel::StageColumn)).toString(),
             QStringLiteral("Generate"));
    QCOMPARE(
        model.data(model.index(2, RecordsModel::StatusColumn), RecordsModel::StatusRole).toString(),
        QStringLiteral("filtered"));
    QCOMPARE(model.data(model.index(0, RecordsModel::LengthColumn)).toLongLong(), 10);
    QCOMPARE(model.data(model.index(1, RecordsModel::FixedColumnCount + 1)).toString(),
             QStringLiteral("beta"));
    QCOMPARE(model.data(model.index(1, RecordsModel::FixedColumnCount + 2)).toDouble(), 2.0);
    QCOMPARE(model.rowOf(ids.at(2)), 2);
    QCOMPARE(model.recordId(1), ids.at(1));
}

QTEST_GUILESS_MAIN(TestRecordsModel)
#include "tst_recordsmodel.moc"
