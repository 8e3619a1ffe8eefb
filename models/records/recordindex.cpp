#include "models/records/recordindex.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>

namespace Seedbed::Records {

namespace {

bool isIdeograph(char32_t c)
{
    return (c >= 0x3040 && c <= 0x30ff)       // hiragana, katakana
           || (c >= 0x3400 && c <= 0x4dbf)    // CJK extension A
           || (c >= 0x4e00 && c <= 0x9fff)    // CJK unified ideographs
           || (c >= 0xf900 && c <= 0xfaff)    // compatibility ideographs
           || (c >= 0x20000 && c <= 0x3134f); // extensions B…G
}

// SQL: seedbed_space_ideographs(text) = RecordIndex::spaceIdeographs(text).
void spaceIdeographsFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    if (!text) {
        sqlite3_result_null(context);
        return;
    }
    const int size = sqlite3_value_bytes(argv[0]);
    // Fast path: every ideograph is three or four bytes in UTF-8, starting at 0xe3 or above.
    bool wide = false;
    for (int i = 0; i < size && !wide; ++i)
        wide = static_cast<unsigned char>(text[i]) >= 0xe3;
    if (!wide) {
        sqlite3_result_value(context, argv[0]);
        return;
    }
    const QByteArray spaced = RecordIndex::spaceIdeographs(QString::fromUtf8(text, size)).toUtf8();
    sqlite3_result_text(context, spaced.constData(), int(spaced.size()), SQLITE_TRANSIENT);
}

// The text a record is found by: its field values and its tags.
const char bodySql[] =
    "seedbed_space_ideographs("
    "coalesce(CASE WHEN json_valid(records.fields) THEN (SELECT group_concat(value, ' ') "
    "FROM json_each(records.fields)) END, '') || ' ' || "
    "coalesce(CASE WHEN json_valid(records.tags) THEN (SELECT group_concat(value, ' ') "
    "FROM json_each(records.tags)) END, ''))";

QString idArray(const QList<qint64> &ids)
{
    QString text = QStringLiteral("[");
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i)
            text += QLatin1Char(',');
        text += QString::number(ids.at(i));
    }
    return text + QLatin1Char(']');
}

} // namespace

RecordIndex::RecordIndex(const QString &path)
    : m_path(path)
    , m_connectionName(QStringLiteral("seedbed-index-") +
                       QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

RecordIndex::~RecordIndex()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool RecordIndex::fail(const QString &what, const QString &detail)
{
    m_error = QCoreApplication::translate("Seedbed::Records::RecordIndex",
                                          "Could not update the search index of %1: %2")
                  .arg(QDir::toNativeSeparators(m_path), detail.isEmpty() ? what : detail);
    if (m_db.isOpen()) {
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
    return false;
}

bool RecordIndex::open()
{
    if (m_db.isOpen())
        return true;
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    // A run may be writing: wait for its short transactions rather than fail.
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    m_db.setDatabaseName(m_path);
    if (!m_db.open())
        return fail(QString(), m_db.lastError().text());
    // The handle is only ours to use when QSQLITE runs on the SQLite library we link.
    const QVariant driverHandle = m_db.driver()->handle();
    sqlite3 *handle = nullptr;
    if (driverHandle.isValid() && qstrcmp(driverHandle.typeName(), "sqlite3*") == 0)
        handle = *static_cast<sqlite3 *const *>(driverHandle.constData());
    if (!handle || qstrcmp(sqlite3_libversion(), SQLITE_VERSION) != 0 ||
        sqlite3_create_function(handle, "seedbed_space_ideographs", 1,
                                SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                                &spaceIdeographsFunction, nullptr, nullptr) != SQLITE_OK)
        return fail(QStringLiteral("cannot register a function"), QString());
    QSqlQuery pragma(m_db);
    pragma.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    return true;
}

qint64 RecordIndex::pending()
{
    if (!open())
        return -1;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral(
            "SELECT (SELECT value FROM records_index_state WHERE key = 'indexed_id'), "
            "(SELECT value FROM records_index_state WHERE key = 'indexed_at'), "
            "(SELECT max(id) FROM records)")) ||
        !query.next()) {
        fail(QString(), query.lastError().text());
        return -1;
    }
    const qint64 indexedId = query.value(0).toLongLong();
    const qint64 indexedAt = query.value(1).toLongLong();
    const qint64 maxId = query.value(2).toLongLong();
    QSqlQuery changed(m_db);
    changed.prepare(
        QStringLiteral("SELECT count(*) FROM records WHERE updated_at > ? AND +id <= ?"));
    changed.addBindValue(indexedAt);
    changed.addBindValue(indexedId);
    if (!changed.exec() || !changed.next()) {
        fail(QString(), changed.lastError().text());
        return -1;
    }
    return changed.value(0).toLongLong() + std::max<qint64>(0, maxId - indexedId);
}

bool RecordIndex::update(const Progress &progress, const std::atomic_bool *cancel)
{
    m_error.clear();
    if (!open())
        return false;
    const auto cancelled = [cancel] { return cancel && cancel->load(); };

    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral(
            "SELECT (SELECT value FROM records_index_state WHERE key = 'indexed_id'), "
            "(SELECT value FROM records_index_state WHERE key = 'indexed_at'), "
            "(SELECT max(id) FROM records), (SELECT max(updated_at) FROM records)")) ||
        !query.next())
        return fail(QString(), query.lastError().text());
    qint64 indexedId = query.value(0).toLongLong();
    const qint64 indexedAt = query.value(1).toLongLong();
    const qint64 maxId = query.value(2).toLongLong();
    /* Changes after this time are found next time. A record may still change within the
       millisecond of the newest updated_at, and clocks of writers differ a little: records of
       the last seconds are indexed again next time (a few at most). */
    const qint64 newIndexedAt =
        std::min(query.value(3).toLongLong(), QDateTime::currentMSecsSinceEpoch() - 2000);
    query.finish();

    /* Records changed since the last indexing, among those indexed already. "+id" and no ORDER
       BY: through the updated_at index; a range on the rowid, or an order by it, would make
       SQLite scan every record. */
    QList<qint64> changed;
    if (indexedId > 0) {
        QSqlQuery select(m_db);
        select.prepare(QStringLiteral("SELECT id FROM records WHERE updated_at > ? AND +id <= ?"));
        select.addBindValue(indexedAt);
        select.addBindValue(indexedId);
        if (!select.exec())
            return fail(QString(), select.lastError().text());
        while (select.next())
            changed.append(select.value(0).toLongLong());
        std::sort(changed.begin(), changed.end());
    }
    const qint64 total = changed.size() + std::max<qint64>(0, maxId - indexedId);
    qint64 done = 0;
    if (progress)
        progress(0, total);

    const QString insertSql = QStringLiteral("INSERT INTO records_fts (rowid, body) SELECT id, ") +
                              QLatin1String(bodySql) + QStringLiteral(" FROM records ");
    auto exec = [this](QSqlQuery &q) {
        if (!q.exec())
            return fail(QString(), q.lastError().text());
        return true;
    };
    auto begin = [this] {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return fail(QString(), q.lastError().text());
        return true;
    };
    auto commit = [this] {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("COMMIT")))
            return fail(QString(), q.lastError().text());
        return true;
    };

    for (qsizetype start = 0; start < changed.size(); start += batchSize) {
        if (cancelled())
            return fail(QString(),
                        QCoreApplication::translate("Seedbed::Records::RecordIndex", "cancelled"));
        const QString ids = idArray(changed.mid(start, batchSize));
        if (!begin())
            return false;
        QSqlQuery remove(m_db);
        remove.prepare(QStringLiteral(
            "DELETE FROM records_fts WHERE rowid IN (SELECT value FROM json_each(?))"));
        remove.addBindValue(ids);
        QSqlQuery insert(m_db);
        insert.prepare(insertSql + QStringLiteral("WHERE id IN (SELECT value FROM json_each(?))"));
        insert.addBindValue(ids);
        if (!exec(remove) || !exec(insert) || !commit())
            return false;
        done += std::min<qsizetype>(batchSize, changed.size() - start);
        if (progress)
            progress(done, total);
    }

    // New records, in batches of ids; the state moves with each batch.
    for (;;) {
        if (cancelled())
            return fail(QString(),
                        QCoreApplication::translate("Seedbed::Records::RecordIndex", "cancelled"));
        if (!begin())
            return false;
        QSqlQuery last(m_db);
        last.prepare(QStringLiteral(
            "SELECT max(id), count(*) FROM (SELECT id FROM records WHERE id > ? ORDER BY id "
            "LIMIT ?)"));
        last.addBindValue(indexedId);
        last.addBindValue(batchSize);
        if (!exec(last) || !last.next())
            return fail(QString(), last.lastError().text());
        const qint64 count = last.value(1).toLongLong();
        const qint64 upTo = count ? last.value(0).toLongLong() : indexedId;
        last.finish();
        if (!count && newIndexedAt == indexedAt) {
            if (!commit())
                return false;
            break;
        }
        if (count) {
            QSqlQuery insert(m_db);
            insert.prepare(insertSql + QStringLiteral("WHERE id > ? AND id <= ?"));
            insert.addBindValue(indexedId);
            insert.addBindValue(upTo);
            if (!exec(insert))
                return false;
        }
        QSqlQuery state(m_db);
        state.prepare(QStringLiteral(
            "UPDATE records_index_state SET value = CASE key WHEN 'indexed_id' THEN ? ELSE ? "
            "END WHERE key IN ('indexed_id', 'indexed_at')"));
        state.addBindValue(upTo);
        state.addBindValue(newIndexedAt);
        if (!exec(state) || !commit())
            return false;
        indexedId = upTo;
        done += count;
        if (progress)
            progress(std::min(done, total), total);
        if (count < batchSize)
            break;
    }
    return true;
}

QString RecordIndex::spaceIdeographs(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 2);
    bool previousIdeograph = false;
    for (qsizetype i = 0; i < text.size();) {
        char32_t c = text.at(i).unicode();
        qsizetype width = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            width = 2;
        }
        const bool ideograph = isIdeograph(c);
        if (ideograph && previousIdeograph)
            out += QLatin1Char(' ');
        out += text.mid(i, width);
        previousIdeograph = ideograph;
        i += width;
    }
    return out;
}

QString RecordIndex::ftsQuery(const QString &text)
{
    // Split into words and "quoted phrases"; an unclosed quote runs to the end.
    QStringList parts;
    QString current;
    bool quoted = false;
    auto flush = [&] {
        if (!current.trimmed().isEmpty())
            parts.append(current);
        current.clear();
    };
    for (const QChar c : text) {
        if (c == QLatin1Char('"')) {
            flush();
            quoted = !quoted;
        } else if (!quoted && c.isSpace()) {
            flush();
        } else {
            current += c;
        }
    }
    flush();

    QStringList terms;
    for (const QString &part : std::as_const(parts)) {
        bool searchable = false;
        for (const QChar c : part)
            searchable = searchable || c.isLetterOrNumber() || c.isHighSurrogate();
        if (!searchable)
            continue;
        QString spaced = spaceIdeographs(part);
        spaced.replace(QLatin1Char('"'), QLatin1String("\"\""));
        // Inside quotes FTS5 takes every character literally; the tokenizer then splits the
        // string into the phrase's tokens. The star makes the last token a prefix.
        terms.append(QLatin1Char('"') + spaced + QLatin1String("\"*"));
    }
    return terms.join(QLatin1Char(' '));
}

} // namespace Seedbed::Records
