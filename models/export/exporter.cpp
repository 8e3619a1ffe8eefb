#include "models/export/exporter.h"

#include "models/export/datasetcard.h"
#include "models/export/exporttarget.h"
#include "models/export/jsonscan.h"
#include "models/run/stageutil.h"
#include "models/template/template.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QUuid>

#include <sqlite3.h>

#include <array>
#include <cstring>
#include <map>
#include <memory>
#include <optional>

namespace Seedbed::Export {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Seedbed::Export::Exporter)
};

constexpr qsizetype flushBytes = 1 << 20;
constexpr qint64 progressEvery = 4096;

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Why writing \a file (at \a path) failed. A full disk says so: the error of a buffered write
// that found no room often reads only "Unknown error".
QString writeFailure(const QFileDevice &file, const QString &path)
{
    const QStorageInfo disk(QFileInfo(path).absolutePath());
    if (disk.isValid() && disk.bytesAvailable() < 1024 * 1024) {
        return Text::tr("the disk is full (%1 free); free some space and export again")
            .arg(QLocale().formattedDataSize(disk.bytesAvailable()));
    }
    return file.errorString();
}

// ---- Rows: the records, read with SQLite's own API when QtSql runs on the library we link
// (no QVariant or UTF-16 copy of every record), else through QSqlQuery.

class Rows
{
public:
    Rows(const QSqlDatabase &db)
        : m_db(db)
    {
        const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
            QSqlQuery check(db);
            if (check.exec(QStringLiteral("SELECT sqlite_source_id()")) && check.next() &&
                check.value(0).toString() == QLatin1String(sqlite3_sourceid()))
                m_handle = *static_cast<sqlite3 *const *>(handle.constData());
        }
    }
    ~Rows()
    {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
    }
    Rows(const Rows &) = delete;
    Rows &operator=(const Rows &) = delete;

    bool exec(const QString &sql, const QVariantList &binds, QString *error)
    {
        m_columns.clear();
        if (m_handle) {
            const QByteArray utf8 = sql.toUtf8();
            if (sqlite3_prepare_v2(m_handle, utf8.constData(), int(utf8.size()), &m_stmt,
                                   nullptr) != SQLITE_OK) {
                *error = QString::fromUtf8(sqlite3_errmsg(m_handle));
                return false;
            }
            for (int i = 0; i < binds.size(); ++i) {
                const QVariant &v = binds.at(i);
                if (v.typeId() == QMetaType::Double)
                    sqlite3_bind_double(m_stmt, i + 1, v.toDouble());
                else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
                    sqlite3_bind_int64(m_stmt, i + 1, v.toLongLong());
                else {
                    const QByteArray text = v.toString().toUtf8();
                    sqlite3_bind_text(m_stmt, i + 1, text.constData(), int(text.size()),
                                      SQLITE_TRANSIENT);
                }
            }
            return true;
        }
        m_query = std::make_unique<QSqlQuery>(m_db);
        m_query->setForwardOnly(true);
        if (!m_query->prepare(sql)) {
            *error = m_query->lastError().text();
            return false;
        }
        for (const QVariant &v : binds)
            m_query->addBindValue(v);
        if (!m_query->exec()) {
            *error = m_query->lastError().text();
            return false;
        }
        return true;
    }

    // False at the end or on an error (see error()).
    bool next()
    {
        if (m_stmt) {
            const int rc = sqlite3_step(m_stmt);
            if (rc == SQLITE_ROW)
                return true;
            if (rc != SQLITE_DONE)
                m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
            return false;
        }
        if (!m_query || !m_query->next()) {
            if (m_query && m_query->lastError().isValid())
                m_error = m_query->lastError().text();
            return false;
        }
        const int n = m_query->record().count();
        m_columns.resize(n);
        for (int i = 0; i < n; ++i) {
            const QVariant v = m_query->value(i);
            m_columns[i] = {v.isNull(),
                            v.typeId() == QMetaType::QByteArray ? v.toByteArray()
                                                                : v.toString().toUtf8(),
                            v.toDouble(), v.toLongLong()};
        }
        return true;
    }
    QString error() const { return m_error; }

    bool isNull(int c) const
    {
        return m_stmt ? sqlite3_column_type(m_stmt, c) == SQLITE_NULL : m_columns.at(c).null;
    }
    qint64 int64(int c) const
    {
        return m_stmt ? sqlite3_column_int64(m_stmt, c) : m_columns.at(c).integer;
    }
    double real(int c) const
    {
        return m_stmt ? sqlite3_column_double(m_stmt, c) : m_columns.at(c).real;
    }
    // Valid until the next next().
    QByteArrayView text(int c) const
    {
        if (m_stmt) {
            const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, c));
            return QByteArrayView(data, sqlite3_column_bytes(m_stmt, c));
        }
        return m_columns.at(c).text;
    }

private:
    struct Column
    {
        bool null = true;
        QByteArray text;
        double real = 0;
        qint64 integer = 0;
    };
    QSqlDatabase m_db;
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    std::unique_ptr<QSqlQuery> m_query;
    QList<Column> m_columns;
    QString m_error;
};

// ---- One record, as the formats see it.

struct Record
{
    qint64 id = 0;
    QByteArray fieldsStore; // owns the bytes when the record outlives its row (pairs)
    QByteArrayView fields;
    bool hasParent = false;
    qint64 parent = 0;
    bool hasScore = false;
    double score = 0;
    QByteArray reasoning;

    // Parsed lazily.
    mutable bool scanned = false;
    mutable bool scanOk = false;
    mutable JsonScan::Members members;
    mutable std::optional<QJsonObject> object;

    void own()
    {
        fieldsStore = fields.toByteArray();
        fields = fieldsStore;
        scanned = false;
        object.reset();
    }
    const JsonScan::Members *scan() const
    {
        if (!scanned) {
            scanned = true;
            scanOk = JsonScan::scanObject(fields, &members);
            if (!scanOk) {
                // Not one plain object in the store: read what Qt can.
                members.clear();
            }
        }
        return scanOk ? &members : nullptr;
    }
    const QJsonObject &json() const
    {
        if (!object)
            object = QJsonDocument::fromJson(fields.toByteArray()).object();
        return *object;
    }
};

struct TemplateCache
{
    std::map<QString, Template> parsed;
    const Template &get(const QString &source)
    {
        auto it = parsed.find(source);
        if (it == parsed.end())
            it = parsed.emplace(source, Template::parse(source)).first;
        return it->second;
    }
};

// ---- The formats.

class Formatter
{
public:
    Formatter(const ExportOptions &options, ExportFormat format, QStringList columnsFound)
        : m_options(options)
        , m_format(format)
    {
        if (ExportOptions::isRaw(format)) {
            if (!options.mapping.columns.isEmpty()) {
                m_columns = options.mapping.columns;
            } else {
                for (const QString &name : columnsFound)
                    m_columns.append({name, {name, {}}});
            }
            m_allFields = options.mapping.columns.isEmpty();
            for (const FieldMapping::Column &column : std::as_const(m_columns)) {
                m_columnKeys.append(column.source.field.toUtf8());
                m_columnNames.append(column.name.toUtf8());
            }
        }
        m_separator = format == ExportFormat::Tsv ? '\t' : ',';
        for (const char c : {m_separator, '"', '\n', '\r'})
            m_special[static_cast<unsigned char>(c)] = true;
    }

    bool isCsv() const { return m_format == ExportFormat::Csv || m_format == ExportFormat::Tsv; }

    /*! Whether knowsColumns() checks the records (the columns are the first record's). */
    void setCheckColumns(bool check) { m_checkColumns = check; }
    // False when the record has a field that is not one of the columns.
    bool knowsColumns(const Record &r) const
    {
        if (!m_checkColumns)
            return true;
        const auto known = [this](QByteArrayView key) {
            for (const QByteArray &column : m_columnKeys) {
                if (column == key)
                    return true;
            }
            return false;
        };
        if (const JsonScan::Members *members = r.scan()) {
            // Most records: the columns' fields in the columns' order.
            if (members->size() == m_columnKeys.size()) {
                bool same = true;
                for (qsizetype i = 0; same && i < members->size(); ++i) {
                    const JsonScan::Member &m = members->at(i);
                    same = !m.keyEscaped && m.key == m_columnKeys.at(i);
                }
                if (same)
                    return true;
            }
            for (const JsonScan::Member &m : *members) {
                if (!m.keyEscaped) {
                    if (!known(m.key))
                        return false;
                    continue;
                }
                QByteArray key;
                JsonScan::appendUnescaped(QByteArray('"' + m.key.toByteArray() + '"'), key);
                if (!known(key))
                    return false;
            }
            return true;
        }
        const QJsonObject &object = r.json();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!known(it.key().toUtf8()))
                return false;
        }
        return true;
    }
    bool isPreference() const { return m_format == ExportFormat::Preference; }

    void header(QByteArray &out) const
    {
        if (isCsv()) {
            QList<QByteArray> names = m_columnNames;
            if (m_options.includeReasoning)
                names.append("reasoning");
            for (int i = 0; i < names.size(); ++i) {
                if (i)
                    out.append(m_separator);
                csvCell(names.at(i), out);
            }
            out.append("\r\n");
        } else if (m_format == ExportFormat::Json) {
            out.append('[');
        }
    }
    void footer(QByteArray &out, bool any) const
    {
        if (m_format == ExportFormat::Json)
            out.append(any ? "\n]\n" : "]\n");
    }

    // The record's line(s), with the line end.
    void record(const Record &r, QByteArray &out, bool first)
    {
        switch (m_format) {
        case ExportFormat::Csv:
        case ExportFormat::Tsv:
            csvRow(r, out);
            return;
        case ExportFormat::Json:
            out.append(first ? "\n" : ",\n");
            rawObject(r, out);
            return;
        case ExportFormat::Jsonl:
            rawObject(r, out);
            out.append('\n');
            return;
        case ExportFormat::Alpaca:
            alpaca(r, out);
            out.append('\n');
            return;
        case ExportFormat::ShareGpt:
        case ExportFormat::OpenAiChat:
            chat(r, out);
            out.append('\n');
            return;
        case ExportFormat::Preference:
        case ExportFormat::HuggingFace:
            return;
        }
    }

    void pair(const Record &best, const Record &worst, QByteArray &out)
    {
        out.append("{\"prompt\":");
        JsonScan::appendJsonString(roleText(best, m_options.mapping.prompt), out);
        out.append(",\"chosen\":");
        JsonScan::appendJsonString(answer(best), out);
        out.append(",\"rejected\":");
        JsonScan::appendJsonString(answer(worst), out);
        const QByteArray system = roleText(best, m_options.mapping.system);
        if (!system.isEmpty()) {
            out.append(",\"system\":");
            JsonScan::appendJsonString(system, out);
        }
        out.append("}\n");
    }

    // The text of a field source for record r (UTF-8).
    QByteArray roleText(const Record &r, const FieldSource &source)
    {
        QByteArray out;
        if (source.isTemplate()) {
            out = m_templates.get(source.templateText).render(r.json()).toUtf8();
        } else if (!source.field.isEmpty()) {
            if (const JsonScan::Members *members = r.scan()) {
                if (const JsonScan::Member *m = JsonScan::find(*members, source.field.toUtf8()))
                    JsonScan::appendText(*m, out);
            } else {
                out = Run::StageUtil::fieldText(r.json().value(source.field)).toUtf8();
            }
        }
        return out;
    }

    QByteArray reasoning(const Record &r)
    {
        if (!m_options.reasoningSource.isEmpty())
            return roleText(r, m_options.reasoningSource);
        return r.reasoning;
    }

private:
    QByteArray answer(const Record &r)
    {
        QByteArray text = roleText(r, m_options.mapping.response);
        if (m_options.includeReasoning) {
            const QByteArray thought = reasoning(r);
            if (!thought.isEmpty())
                text = "<think>\n" + thought + "\n</think>\n\n" + text;
        }
        return text;
    }

    void csvCell(QByteArrayView cell, QByteArray &out, bool number = false) const
    {
        const char *p = cell.data();
        const qsizetype n = cell.size();
        // Spreadsheets run cells that start like a formula: a leading quote makes them text.
        const bool formula = !number && n > 0 &&
                             (p[0] == '=' || p[0] == '+' || p[0] == '-' || p[0] == '@' ||
                              p[0] == '\t' || p[0] == '\r');
        bool quote = false;
        for (qsizetype i = 0; i < n; ++i) {
            if (m_special[static_cast<unsigned char>(p[i])]) {
                quote = true;
                break;
            }
        }
        if (!quote) {
            if (formula)
                out.append('\'');
            out.append(p, n);
            return;
        }
        out.append('"');
        if (formula)
            out.append('\'');
        // Double the quotes: copy the runs between them.
        const char *end = p + n;
        while (p < end) {
            const char *q = static_cast<const char *>(std::memchr(p, '"', size_t(end - p)));
            if (!q) {
                out.append(p, end - p);
                break;
            }
            out.append(p, q + 1 - p);
            out.append('"');
            p = q + 1;
        }
        out.append('"');
    }

    void csvRow(const Record &r, QByteArray &out)
    {
        const JsonScan::Members *members = r.scan();
        for (int i = 0; i < m_columns.size(); ++i) {
            if (i)
                out.append(m_separator);
            const FieldMapping::Column &column = m_columns.at(i);
            if (column.source.isTemplate() || !members) {
                csvCell(roleText(r, column.source), out);
                continue;
            }
            const JsonScan::Member *m = JsonScan::find(*members, m_columnKeys.at(i));
            if (!m)
                continue;
            if (m->kind == 's') {
                // A string without escapes is its own text: no copy.
                const QByteArrayView inner = m->raw.sliced(1, m->raw.size() - 2);
                if (!std::memchr(inner.data(), '\\', size_t(inner.size()))) {
                    csvCell(inner, out);
                    continue;
                }
            } else if (m->kind == 'n') {
                csvCell(m->raw, out, true);
                continue;
            }
            m_scratch.resize(0);
            JsonScan::appendText(*m, m_scratch);
            csvCell(m_scratch, out, m->kind == 'n');
        }
        if (m_options.includeReasoning) {
            if (!m_columns.isEmpty())
                out.append(m_separator);
            csvCell(reasoning(r), out);
        }
        out.append("\r\n", 2);
    }

    void rawObject(const Record &r, QByteArray &out)
    {
        const JsonScan::Members *members = r.scan();
        if (m_allFields && members) {
            // The stored object as it is: one line already unless it holds white space.
            const bool reformat = JsonScan::hasSpace(r.fields);
            if (!m_options.includeReasoning) {
                if (reformat)
                    JsonScan::appendCompact(r.fields, out);
                else
                    out.append(r.fields);
                return;
            }
            qsizetype start = out.size();
            if (reformat)
                JsonScan::appendCompact(r.fields, out);
            else
                out.append(r.fields);
            out.chop(1); // the closing brace
            if (out.size() - start > 1)
                out.append(',');
            out.append("\"reasoning\":");
            JsonScan::appendJsonString(reasoning(r), out);
            out.append('}');
            return;
        }
        out.append('{');
        bool any = false;
        for (int i = 0; i < m_columns.size(); ++i) {
            const FieldMapping::Column &column = m_columns.at(i);
            if (any)
                out.append(',');
            any = true;
            JsonScan::appendJsonString(m_columnNames.at(i), out);
            out.append(':');
            if (column.source.isTemplate() || !members) {
                if (!members && !column.source.isTemplate()) {
                    const QJsonValue v = r.json().value(column.source.field);
                    QJsonArray wrap{v};
                    const QByteArray json = QJsonDocument(wrap).toJson(QJsonDocument::Compact);
                    out.append(json.mid(1, json.size() - 2).isEmpty()
                                   ? QByteArray("null")
                                   : json.mid(1, json.size() - 2));
                } else {
                    JsonScan::appendJsonString(roleText(r, column.source), out);
                }
                continue;
            }
            const JsonScan::Member *m = JsonScan::find(*members, m_columnKeys.at(i));
            if (!m)
                out.append("null");
            else if ((m->kind == 'a' || m->kind == 'o') && JsonScan::hasSpace(m->raw))
                JsonScan::appendCompact(m->raw, out);
            else
                out.append(m->raw);
        }
        if (m_options.includeReasoning) {
            if (any)
                out.append(',');
            out.append("\"reasoning\":");
            JsonScan::appendJsonString(reasoning(r), out);
        }
        out.append('}');
    }

    struct Turn
    {
        QByteArray role; // system, user, assistant
        QByteArray text;
    };

    // Earlier turns from the history source: [[user, assistant], …] or [{role|from,
    // content|value}, …].
    QList<Turn> history(const Record &r)
    {
        QList<Turn> turns;
        const FieldSource &source = m_options.mapping.history;
        if (source.isEmpty())
            return turns;
        QJsonValue value;
        if (source.isTemplate())
            value = QJsonDocument::fromJson(roleText(r, source)).array();
        else
            value = r.json().value(source.field);
        const auto text = [](const QJsonValue &v) { return Run::StageUtil::fieldText(v).toUtf8(); };
        for (const QJsonValue &item : value.toArray()) {
            if (item.isArray()) {
                const QJsonArray pair = item.toArray();
                if (pair.size() >= 1)
                    turns.append({"user", text(pair.at(0))});
                if (pair.size() >= 2)
                    turns.append({"assistant", text(pair.at(1))});
            } else if (item.isObject()) {
                const QJsonObject o = item.toObject();
                QString role = o.contains(QStringLiteral("role"))
                                   ? o.value(QStringLiteral("role")).toString()
                                   : o.value(QStringLiteral("from")).toString();
                const QJsonValue content = o.contains(QStringLiteral("content"))
                                               ? o.value(QStringLiteral("content"))
                                               : o.value(QStringLiteral("value"));
                if (role == QLatin1String("human"))
                    role = QStringLiteral("user");
                else if (role == QLatin1String("gpt"))
                    role = QStringLiteral("assistant");
                if (role != QLatin1String("system") && role != QLatin1String("user") &&
                    role != QLatin1String("assistant"))
                    continue;
                turns.append({role.toUtf8(), text(content)});
            }
        }
        return turns;
    }

    void alpaca(const Record &r, QByteArray &out)
    {
        out.append("{\"instruction\":");
        JsonScan::appendJsonString(roleText(r, m_options.mapping.prompt), out);
        out.append(",\"input\":");
        JsonScan::appendJsonString(roleText(r, m_options.mapping.input), out);
        out.append(",\"output\":");
        JsonScan::appendJsonString(answer(r), out);
        const QByteArray system = roleText(r, m_options.mapping.system);
        if (!system.isEmpty()) {
            out.append(",\"system\":");
            JsonScan::appendJsonString(system, out);
        }
        if (!m_options.mapping.history.isEmpty()) {
            // Alpaca's history: [[instruction, output], …].
            out.append(",\"history\":[");
            const QList<Turn> turns = history(r);
            bool any = false;
            for (int i = 0; i < turns.size(); ++i) {
                if (turns.at(i).role != "user")
                    continue;
                const bool answered = i + 1 < turns.size() && turns.at(i + 1).role == "assistant";
                if (any)
                    out.append(',');
                any = true;
                out.append('[');
                JsonScan::appendJsonString(turns.at(i).text, out);
                out.append(',');
                JsonScan::appendJsonString(answered ? turns.at(i + 1).text : QByteArray(), out);
                out.append(']');
            }
            out.append(']');
        }
        out.append('}');
    }

    void chat(const Record &r, QByteArray &out)
    {
        const bool share = m_format == ExportFormat::ShareGpt;
        const char *roleKey = share ? "from" : "role";
        const char *textKey = share ? "value" : "content";
        const auto roleName = [share](const QByteArray &role) -> QByteArray {
            if (!share)
                return role;
            return role == "user"        ? QByteArray("human")
                   : role == "assistant" ? QByteArray("gpt")
                                         : role;
        };
        QList<Turn> turns;
        const QByteArray system = roleText(r, m_options.mapping.system);
        if (!system.isEmpty())
            turns.append({"system", system});
        turns.append(history(r));
        QByteArray prompt = roleText(r, m_options.mapping.prompt);
        const QByteArray input = roleText(r, m_options.mapping.input);
        if (!input.isEmpty())
            prompt += "\n\n" + input;
        turns.append({"user", prompt});
        turns.append({"assistant", answer(r)});
        out.append(share ? "{\"conversations\":[" : "{\"messages\":[");
        for (int i = 0; i < turns.size(); ++i) {
            if (i)
                out.append(',');
            out.append("{\"");
            out.append(roleKey);
            out.append("\":");
            JsonScan::appendJsonString(roleName(turns.at(i).role), out);
            out.append(",\"");
            out.append(textKey);
            out.append("\":");
            JsonScan::appendJsonString(turns.at(i).text, out);
            out.append('}');
        }
        out.append("]}");
    }

    const ExportOptions &m_options;
    ExportFormat m_format;
    QList<FieldMapping::Column> m_columns;
    QList<QByteArray> m_columnKeys;
    QList<QByteArray> m_columnNames;
    bool m_allFields = false;
    bool m_checkColumns = false;
    char m_separator = ',';
    std::array<bool, 256> m_special{}; // the bytes that make a CSV cell quoted
    QByteArray m_scratch;
    TemplateCache m_templates;
};

// ---- The query.

struct Query
{
    QString sql;
    QVariantList binds;
};

// A stage id as the records store it: a UUID without braces (other text as it is).
QString stageKey(const QString &id)
{
    const QUuid uuid = QUuid::fromString(id);
    return uuid.isNull() ? id : uuid.toString(QUuid::WithoutBraces);
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1Char(','));
}

// The WHERE clause of the options' records (on table alias r).
Query whereClause(const ExportOptions &o)
{
    Query q;
    q.sql = QStringLiteral(" WHERE r.stage_id IN (%1)").arg(placeholders(o.stageIds.size()));
    for (const QString &id : o.stageIds)
        q.binds << stageKey(id);
    if (!o.filters.statuses.isEmpty()) {
        q.sql +=
            QStringLiteral(" AND r.status IN (%1)").arg(placeholders(o.filters.statuses.size()));
        for (const QString &status : o.filters.statuses)
            q.binds << status;
    }
    if (o.filters.review == ExportFilters::Review::Accepted)
        q.sql += QStringLiteral(" AND r.review_state IN ('accepted', 'edited')");
    else if (o.filters.review == ExportFilters::Review::NotRejected)
        q.sql += QStringLiteral(" AND r.review_state <> 'rejected'");
    for (const ExportFilters::MinScore &score : o.filters.minScores) {
        if (score.judge.isEmpty()) {
            q.sql += QStringLiteral(" AND r.score >= ?");
        } else {
            q.sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM record_scores s WHERE "
                                    "s.record_id = r.id AND s.judge = ? AND s.score >= ?)");
            q.binds << score.judge;
        }
        q.binds << score.minimum;
    }
    if (!o.filters.tags.isEmpty()) {
        q.sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM json_each(CASE WHEN "
                                "json_valid(r.tags) THEN r.tags ELSE '[]' END) t WHERE t.value "
                                "IN (%1))")
                     .arg(placeholders(o.filters.tags.size()));
        for (const QString &tag : o.filters.tags)
            q.binds << tag;
    }
    return q;
}

enum Column { ColId, ColFields, ColParent, ColScore, ColReasoning };

Query recordQuery(const ExportOptions &o, bool preference)
{
    const Query where = whereClause(o);
    Query q;
    QString score = QStringLiteral("r.score");
    QVariantList scoreBinds;
    if (preference && !o.preferenceJudge.isEmpty()) {
        score = QStringLiteral("(SELECT max(s.score) FROM record_scores s WHERE s.record_id = "
                               "r.id AND s.judge = ?)");
        scoreBinds << o.preferenceJudge;
    }
    const bool reasoning = o.includeReasoning && o.reasoningSource.isEmpty();
    q.sql = QStringLiteral("SELECT r.id, r.fields, r.parent_id, %1, %2 FROM records r")
                .arg(score, reasoning ? QStringLiteral("json_extract(r.meta, '$.reasoning')")
                                      : QStringLiteral("NULL")) +
            where.sql +
            (preference ? QStringLiteral(" ORDER BY r.parent_id, r.id")
                        : QStringLiteral(" ORDER BY r.id"));
    q.binds = scoreBinds + where.binds;
    return q;
}

void readRecord(const Rows &rows, Record *r)
{
    r->id = rows.int64(ColId);
    r->fieldsStore.clear();
    r->fields = rows.text(ColFields);
    r->hasParent = !rows.isNull(ColParent);
    r->parent = r->hasParent ? rows.int64(ColParent) : 0;
    r->hasScore = !rows.isNull(ColScore);
    r->score = r->hasScore ? rows.real(ColScore) : 0;
    r->reasoning = rows.isNull(ColReasoning) ? QByteArray() : rows.text(ColReasoning).toByteArray();
    r->scanned = false;
    r->object.reset();
}

// ---- Splits.

class Splitter
{
public:
    explicit Splitter(const ExportSplit &split)
        : m_split(split)
    {
        double sum = 0;
        for (const ExportSplit::Part &part : split.ratios)
            sum += std::max(0.0, part.ratio);
        double cumulative = 0;
        for (const ExportSplit::Part &part : split.ratios) {
            cumulative += sum > 0 ? std::max(0.0, part.ratio) / sum : 0;
            m_bounds.append({part.name, cumulative});
        }
        m_key = split.field.toUtf8();
    }

    // The split of the record; "train" when there are no splits or the field is missing.
    QString of(const Record &r) const
    {
        switch (m_split.mode) {
        case ExportSplit::Mode::None:
            return QStringLiteral("train");
        case ExportSplit::Mode::FromField: {
            QByteArray text;
            if (const JsonScan::Members *members = r.scan()) {
                if (const JsonScan::Member *m = JsonScan::find(*members, m_key))
                    JsonScan::appendText(*m, text);
            } else {
                text = Run::StageUtil::fieldText(r.json().value(m_split.field)).toUtf8();
            }
            const QString name = QString::fromUtf8(text).trimmed();
            return name.isEmpty() ? QStringLiteral("train") : name;
        }
        case ExportSplit::Mode::Ratio: {
            const quint64 h = Run::StageUtil::splitMix64(m_split.seed ^
                                                         Run::StageUtil::splitMix64(quint64(r.id)));
            const double u = double(h >> 11) * (1.0 / 9007199254740992.0);
            for (const auto &[name, bound] : m_bounds) {
                if (u < bound)
                    return name;
            }
            return m_bounds.isEmpty() ? QStringLiteral("train") : m_bounds.constLast().first;
        }
        }
        return QStringLiteral("train");
    }

private:
    const ExportSplit &m_split;
    QList<QPair<QString, double>> m_bounds;
    QByteArray m_key;
};

// A split's name as a file name: letters, digits, _ and -.
QString splitFileName(const QString &split)
{
    QString name;
    for (const QChar c : split) {
        name.append(c.isLetterOrNumber() || c == QLatin1Char('-') ? c : QLatin1Char('_'));
    }
    if (name.isEmpty() || ExportTarget::isReservedName(name))
        name.prepend(QLatin1String("split_"));
    return name;
}

// The field names of the records, in first-seen order (for csv/tsv without columns).
bool collectColumns(const QSqlDatabase &db, const ExportOptions &o, qint64 limit,
                    QStringList *columns, QString *error)
{
    Rows rows(db);
    const Query where = whereClause(o);
    QString sql = QStringLiteral("SELECT r.fields FROM records r") + where.sql +
                  QStringLiteral(" ORDER BY r.id");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    if (!rows.exec(sql, where.binds, error))
        return false;
    QSet<QByteArray> seen;
    JsonScan::Members members;
    // The keys of the previous record, as written: most records repeat them, and then there
    // is nothing new to look up.
    QByteArray keys;
    QByteArray previousKeys;
    while (rows.next()) {
        const QByteArrayView fields = rows.text(0);
        if (JsonScan::scanObject(fields, &members)) {
            keys.resize(0);
            for (const JsonScan::Member &m : members) {
                const qint32 size = qint32(m.key.size());
                keys.append(reinterpret_cast<const char *>(&size), sizeof size);
                keys.append(m.key);
            }
            if (keys == previousKeys)
                continue;
            std::swap(keys, previousKeys);
            for (const JsonScan::Member &m : members) {
                QByteArray key;
                if (m.keyEscaped) {
                    JsonScan::appendUnescaped(QByteArray('"' + m.key.toByteArray() + '"'), key);
                } else {
                    if (seen.contains(m.key.toByteArray()))
                        continue;
                    key = m.key.toByteArray();
                }
                if (!seen.contains(key)) {
                    seen.insert(key);
                    columns->append(QString::fromUtf8(key));
                }
            }
        } else {
            previousKeys.resize(0);
            const QJsonObject object = QJsonDocument::fromJson(fields.toByteArray()).object();
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (!seen.contains(it.key().toUtf8())) {
                    seen.insert(it.key().toUtf8());
                    columns->append(it.key());
                }
            }
        }
    }
    if (!rows.error().isEmpty()) {
        *error = rows.error();
        return false;
    }
    return true;
}

qint64 countRecords(const QSqlDatabase &db, const ExportOptions &o)
{
    Rows rows(db);
    const Query where = whereClause(o);
    QString error;
    if (!rows.exec(QStringLiteral("SELECT count(*) FROM records r") + where.sql, where.binds,
                   &error) ||
        !rows.next())
        return 0;
    return rows.int64(0);
}

// ---- Where the bytes go.

class Output
{
public:
    virtual ~Output() = default;
    // False with a message on a write error.
    virtual bool write(const QByteArray &bytes, QString *error) = 0;
};

class FileOutput : public Output
{
public:
    explicit FileOutput(QFileDevice *file, QString path)
        : m_file(file)
        , m_path(std::move(path))
    {}
    bool write(const QByteArray &bytes, QString *error) override
    {
        if (bytes.isEmpty())
            return true;
        if (m_file->write(bytes) != bytes.size()) {
            *error = writeFailure(*m_file, m_path);
            return false;
        }
        return true;
    }
    QString path() const { return m_path; }

private:
    QFileDevice *m_file;
    QString m_path;
};

// A buffer in front of an output.
struct Sink
{
    Output *output = nullptr;
    QByteArray buffer;
    qint64 written = 0; // records
    bool any = false;

    bool flush(QString *error, bool force)
    {
        if (!force && buffer.size() < flushBytes)
            return true;
        const bool ok = output->write(buffer, error);
        buffer.resize(0); // keeps the capacity for the next megabyte
        return ok;
    }
};

// ---- The loop shared by run() and preview().

struct LoopResult
{
    bool ok = true;
    bool cancelled = false;
    QString error;           // the database's
    QString sinkError;       // a write's
    QString sinkName;        // the split whose file failed
    bool newColumns = false; // a record has a field the formatter's columns lack (not ok)
    qint64 records = 0;      // read
    qint64 written = 0;
};

using SinkFor = std::function<Sink *(const QString &split)>;
using Tick = std::function<bool(qint64 records, qint64 written)>;

LoopResult exportLoop(const QSqlDatabase &db, const ExportOptions &o, ExportFormat format,
                      Formatter &formatter, const SinkFor &sinkFor, const Tick &tick,
                      qint64 maxWritten = -1)
{
    LoopResult result;
    Rows rows(db);
    const bool preference = format == ExportFormat::Preference;
    const Query query = recordQuery(o, preference);
    if (!rows.exec(query.sql, query.binds, &result.error)) {
        result.ok = false;
        return result;
    }
    const Splitter splitter(o.split);
    const bool splitting = o.split.mode != ExportSplit::Mode::None;
    const auto emitOne = [&](const std::function<void(QByteArray &, bool)> &write,
                             const Record &r) {
        const QString split = splitting ? splitter.of(r) : QStringLiteral("train");
        Sink *sink = sinkFor(split);
        if (!sink)
            return true;
        write(sink->buffer, !sink->any);
        sink->any = true;
        ++sink->written;
        ++result.written;
        if (!sink->flush(&result.sinkError, false)) {
            result.sinkName = split;
            return false;
        }
        return true;
    };

    Record record;
    Record best;
    Record worst;
    bool group = false;
    qint64 groupParent = 0;
    bool groupHasParent = false;
    const auto closeGroup = [&]() {
        if (!group)
            return true;
        group = false;
        if (!best.hasScore || !worst.hasScore || best.id == worst.id || !(best.score > worst.score))
            return true;
        return emitOne([&](QByteArray &out, bool) { formatter.pair(best, worst, out); }, best);
    };

    while (rows.next()) {
        ++result.records;
        readRecord(rows, &record);
        if (!formatter.knowsColumns(record)) {
            result.ok = false;
            result.newColumns = true;
            return result;
        }
        bool ok = true;
        if (preference) {
            if (!group || record.hasParent != groupHasParent || record.parent != groupParent ||
                !record.hasParent) {
                ok = closeGroup();
                group = true;
                groupParent = record.parent;
                groupHasParent = record.hasParent;
                best.hasScore = worst.hasScore = false;
            }
            if (ok && record.hasScore) {
                if (!best.hasScore || record.score > best.score) {
                    best = record;
                    best.own();
                }
                if (!worst.hasScore || record.score < worst.score) {
                    worst = record;
                    worst.own();
                }
            }
        } else {
            ok = emitOne([&](QByteArray &out, bool first) { formatter.record(record, out, first); },
                         record);
        }
        if (!ok) {
            result.ok = false;
            return result;
        }
        if (maxWritten >= 0 && result.written >= maxWritten)
            return result;
        if (result.records % progressEvery == 0 && !tick(result.records, result.written)) {
            result.cancelled = true;
            return result;
        }
    }
    if (!rows.error().isEmpty()) {
        result.ok = false;
        result.error = rows.error();
        return result;
    }
    if (preference && !closeGroup()) {
        result.ok = false;
        return result;
    }
    return result;
}

bool looksLikeDatasetFolder(const QString &path)
{
    const QDir dir(path);
    if (!dir.exists(QStringLiteral("README.md")))
        return false;
    const QFileInfoList entries =
        dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QFileInfo &entry : entries) {
        if (!entry.isFile())
            return false;
        if (entry.fileName() != QLatin1String("README.md") &&
            entry.suffix() != QLatin1String("jsonl"))
            return false;
    }
    return true;
}

} // namespace

Exporter::Exporter(ExportOptions options)
    : m_options(std::move(options))
{}

ExportResult Exporter::run(const QSqlDatabase &db, const QString &folder, const QString &name)
{
    ExportResult result;
    QString path;
    const QString rejected = ExportTarget::check(folder, name, &path);
    if (!rejected.isEmpty()) {
        result.error = rejected;
        return result;
    }
    const QStringList problems = m_options.problems();
    if (!problems.isEmpty()) {
        result.error = problems.join(QLatin1Char('\n'));
        return result;
    }
    if (!db.isOpen()) {
        result.error = Text::tr("Cannot read the project's records: %1").arg(db.lastError().text());
        return result;
    }
    const ExportFormat format = m_options.format;
    const bool folderFormat = format == ExportFormat::HuggingFace;
    const ExportFormat lineFormat = folderFormat ? m_options.recordFormat : format;
    const QFileInfo targetInfo(path);
    if (!folderFormat && targetInfo.isDir()) {
        result.error = Text::tr("Cannot write %1: a folder of that name is in the way. Choose "
                                "another file name.")
                           .arg(shown(path));
        return result;
    }
    if (folderFormat && targetInfo.exists() &&
        (!targetInfo.isDir() || !looksLikeDatasetFolder(path))) {
        result.error =
            Text::tr("Cannot write the dataset folder %1: %2 is there already and is not an "
                     "earlier dataset export. Choose another name or remove it.")
                .arg(shown(path), targetInfo.isDir() ? Text::tr("a folder") : Text::tr("a file"));
        return result;
    }

    ExportProgress progress;
    progress.expected = countRecords(db, m_options);
    const auto tick = [this, &progress](qint64 records, qint64 written, qint64 bytes) {
        progress.records = records;
        progress.written = written;
        progress.bytes = bytes;
        progress.expected = std::max(progress.expected, records);
        if (m_cancel && m_cancel->load())
            return false;
        return !m_progress || m_progress(progress);
    };
    if (!tick(0, 0, 0)) {
        result.cancelled = true;
        return result;
    }

    // CSV without chosen columns has a column for every field of any record. A file starts
    // with the first record's fields: the export checks that no later record has another one,
    // and starts over with all of them when one does (one pass over the records instead of
    // two when the records have the same fields).
    QStringList columns;
    const bool findColumns = (lineFormat == ExportFormat::Csv || lineFormat == ExportFormat::Tsv) &&
                             m_options.mapping.columns.isEmpty();
    bool firstColumns = findColumns && !folderFormat;
    if (findColumns) {
        QString error;
        if (!collectColumns(db, m_options, firstColumns ? 1 : -1, &columns, &error)) {
            result.error = Text::tr("Cannot read the project's records: %1").arg(error);
            return result;
        }
    }

    const QString parent = targetInfo.absolutePath();
    if (!QDir().mkpath(parent)) {
        result.error = Text::tr("Cannot make the folder %1. Check that the disk is writable.")
                           .arg(shown(parent));
        return result;
    }

    qint64 bytes = 0;
    qint64 recordsBefore = 0; // read by a pass that started over
    while (!folderFormat) {
        Formatter formatter(m_options, lineFormat, columns);
        formatter.setCheckColumns(firstColumns);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            result.error = Text::tr("Cannot write %1: %2. Nothing was changed.")
                               .arg(shown(path), file.errorString());
            return result;
        }
        FileOutput output(&file, path);
        Sink sink{&output, {}, 0, false};
        if (m_options.bom && formatter.isCsv())
            sink.buffer.append("\xEF\xBB\xBF");
        formatter.header(sink.buffer);
        const QString only =
            m_options.split.mode == ExportSplit::Mode::None ? QString() : m_options.split.only;
        const LoopResult loop = exportLoop(
            db, m_options, lineFormat, formatter,
            [&sink, &only](const QString &split) {
                return only.isEmpty() || split == only ? &sink : nullptr;
            },
            [&](qint64 records, qint64 written) {
                return tick(recordsBefore + records, written, file.pos() + sink.buffer.size());
            });
        if (loop.cancelled) {
            file.cancelWriting();
            result.cancelled = true;
            return result;
        }
        if (loop.newColumns) {
            file.cancelWriting();
            recordsBefore += loop.records;
            progress.expected += loop.records;
            columns.clear();
            firstColumns = false;
            QString error;
            if (!collectColumns(db, m_options, -1, &columns, &error)) {
                result.error = Text::tr("Cannot read the project's records: %1. %2 is unchanged.")
                                   .arg(error, shown(path));
                return result;
            }
            continue;
        }
        QString writeError = loop.sinkError;
        if (loop.ok && writeError.isEmpty()) {
            formatter.footer(sink.buffer, sink.any);
            sink.flush(&writeError, true);
        }
        if (!loop.ok && !loop.error.isEmpty()) {
            file.cancelWriting();
            result.error = Text::tr("Cannot read the project's records: %1. %2 is unchanged.")
                               .arg(loop.error, shown(path));
            return result;
        }
        if (!writeError.isEmpty()) {
            file.cancelWriting();
            result.error = Text::tr("Cannot write %1: %2. The previous file is unchanged.")
                               .arg(shown(path), writeError);
            return result;
        }
        bytes = file.pos();
        if (!tick(recordsBefore + loop.records, loop.written, bytes)) {
            file.cancelWriting();
            result.cancelled = true;
            return result;
        }
        if (!file.commit()) {
            result.error = Text::tr("Cannot write %1: %2. The previous file is unchanged.")
                               .arg(shown(path), writeFailure(file, path));
            return result;
        }
        result.ok = true;
        result.written = loop.written;
        result.bytes = bytes;
        result.files = {path};
        if (!only.isEmpty())
            result.perSplit.insert(only, loop.written);
        return result;
    }
    Formatter formatter(m_options, lineFormat, columns);

    // A folder: written in a temporary folder beside it, which then takes its place.
    QTemporaryDir temp(parent + QLatin1String("/.") + targetInfo.fileName() +
                       QLatin1String(".export-XXXXXX"));
    if (!temp.isValid()) {
        result.error = Text::tr("Cannot write in %1: %2. Nothing was changed.")
                           .arg(shown(parent), temp.errorString());
        return result;
    }
    struct SplitFile
    {
        std::unique_ptr<QFile> file;
        std::unique_ptr<FileOutput> output;
        Sink sink;
        QString name;
    };
    std::map<QString, SplitFile> splits;
    QString openError;
    QString openFailed;
    QSet<QString> fileNames;
    const auto sinkFor = [&](const QString &split) -> Sink * {
        auto it = splits.find(split);
        if (it != splits.end())
            return &it->second.sink;
        QString base = splitFileName(split);
        while (fileNames.contains(base.toLower()))
            base += QLatin1Char('_');
        fileNames.insert(base.toLower());
        SplitFile entry;
        entry.name = base + QLatin1String(".jsonl");
        const QString filePath = temp.filePath(entry.name);
        entry.file = std::make_unique<QFile>(filePath);
        if (!entry.file->open(QIODevice::WriteOnly)) {
            openError = entry.file->errorString();
            openFailed = entry.name;
        }
        entry.output = std::make_unique<FileOutput>(entry.file.get(), filePath);
        entry.sink.output = entry.output.get();
        it = splits.emplace(split, std::move(entry)).first;
        return &it->second.sink;
    };
    const auto bytesSoFar = [&splits]() {
        qint64 total = 0;
        for (const auto &[splitName, file] : splits)
            total += file.file->pos() + file.sink.buffer.size();
        return total;
    };
    LoopResult loop = exportLoop(
        db, m_options, lineFormat, formatter, sinkFor,
        [&](qint64 records, qint64 written) { return tick(records, written, bytesSoFar()); });
    if (loop.cancelled) {
        result.cancelled = true;
        return result; // the temporary folder goes with `temp`
    }
    if (!loop.ok && !loop.error.isEmpty()) {
        result.error = Text::tr("Cannot read the project's records: %1. %2 is unchanged.")
                           .arg(loop.error, shown(path));
        return result;
    }
    QString writeError = loop.sinkError;
    QString failedFile = loop.sinkName.isEmpty() ? QString() : splits[loop.sinkName].name;
    if (!openError.isEmpty()) {
        writeError = openError;
        failedFile = openFailed;
    }
    if (splits.empty())
        sinkFor(QStringLiteral("train")); // an empty dataset still has its file
    for (auto &[splitName, file] : splits) {
        if (!writeError.isEmpty())
            break;
        if (!file.sink.flush(&writeError, true) || !file.file->flush()) {
            if (writeError.isEmpty())
                writeError = writeFailure(*file.file, file.file->fileName());
            failedFile = file.name;
        }
        file.file->close();
    }
    DatasetCard card;
    card.options = m_options;
    card.projectFile = m_projectFile;
    for (const auto &[splitName, file] : splits) {
        card.splits.append({splitName, file.name, file.sink.written});
        result.perSplit.insert(splitName, file.sink.written);
    }
    if (writeError.isEmpty()) {
        QFile readme(temp.filePath(QStringLiteral("README.md")));
        const QByteArray text = card.render(db);
        if (!readme.open(QIODevice::WriteOnly) || readme.write(text) != text.size() ||
            !readme.flush()) {
            writeError = writeFailure(readme, readme.fileName());
            failedFile = QStringLiteral("README.md");
        }
    }
    if (!writeError.isEmpty()) {
        result.error = Text::tr("Cannot write %1: %2. The previous dataset folder is unchanged.")
                           .arg(shown(QDir(path).filePath(failedFile)), writeError);
        return result;
    }
    if (!tick(loop.records, loop.written, bytesSoFar())) {
        result.cancelled = true;
        return result;
    }
    // The swap: the old folder steps aside, the new one takes its name, the old one goes.
    QString aside;
    if (QFileInfo::exists(path)) {
        aside = parent + QLatin1String("/.") + targetInfo.fileName() + QLatin1String(".old-") +
                QUuid::createUuid().toString(QUuid::Id128).left(8);
        if (!QDir().rename(path, aside)) {
            result.error = Text::tr("Cannot replace %1: it cannot be renamed (is a file in it "
                                    "open?). The previous dataset folder is unchanged.")
                               .arg(shown(path));
            return result;
        }
    }
    if (!QDir().rename(temp.path(), path)) {
        if (!aside.isEmpty())
            QDir().rename(aside, path);
        result.error = Text::tr("Cannot move the new dataset folder to %1. The previous dataset "
                                "folder is unchanged.")
                           .arg(shown(path));
        return result;
    }
    temp.setAutoRemove(false);
    if (!aside.isEmpty())
        QDir(aside).removeRecursively();
    result.ok = true;
    result.written = loop.written;
    for (const auto &[splitName, file] : splits)
        result.files.append(QDir(path).filePath(file.name));
    result.files.append(QDir(path).filePath(QStringLiteral("README.md")));
    for (const QString &file : std::as_const(result.files))
        result.bytes += QFileInfo(file).size();
    return result;
}

bool Exporter::preview(const QSqlDatabase &db, const ExportOptions &options, int maxLines,
                       QByteArrayList *lines, QString *error)
{
    lines->clear();
    const QStringList problems = options.problems();
    if (!problems.isEmpty()) {
        if (error)
            *error = problems.join(QLatin1Char('\n'));
        return false;
    }
    if (!db.isOpen()) {
        if (error)
            *error = Text::tr("Cannot read the project's records: %1").arg(db.lastError().text());
        return false;
    }
    const ExportFormat lineFormat =
        options.format == ExportFormat::HuggingFace ? options.recordFormat : options.format;
    QStringList columns;
    QString failure;
    if ((lineFormat == ExportFormat::Csv || lineFormat == ExportFormat::Tsv) &&
        options.mapping.columns.isEmpty() &&
        !collectColumns(db, options, std::max(maxLines, 1) * 20, &columns, &failure)) {
        if (error)
            *error = Text::tr("Cannot read the project's records: %1").arg(failure);
        return false;
    }
    Formatter formatter(options, lineFormat, columns);
    struct Discard : Output
    {
        bool write(const QByteArray &, QString *) override { return true; }
    } discard;
    Sink sink{&discard, {}, 0, false};
    formatter.header(sink.buffer);
    // Only the first split's lines (the hugging-face folder) or the chosen split.
    QString first;
    const QString only =
        options.format == ExportFormat::HuggingFace || options.split.mode == ExportSplit::Mode::None
            ? QString()
            : options.split.only;
    QByteArray all;
    const auto sinkFor = [&](const QString &split) -> Sink * {
        if (!only.isEmpty())
            return split == only ? &sink : nullptr;
        if (options.format == ExportFormat::HuggingFace) {
            if (first.isEmpty())
                first = split;
            return split == first ? &sink : nullptr;
        }
        return &sink;
    };
    // flush() never sees the buffer: keep it.
    sink.buffer.reserve(4096);
    const LoopResult loop = exportLoop(
        db, options, lineFormat, formatter, sinkFor, [](qint64, qint64) { return true; },
        std::max(maxLines, 0));
    if (!loop.ok) {
        if (error)
            *error = Text::tr("Cannot read the project's records: %1")
                         .arg(loop.error.isEmpty() ? loop.sinkError : loop.error);
        return false;
    }
    all = sink.buffer;
    if (loop.written < maxLines)
        formatter.footer(all, sink.any);
    QByteArrayList split = all.split('\n');
    if (!split.isEmpty() && split.constLast().isEmpty())
        split.removeLast();
    // CSV lines end with CRLF.
    for (QByteArray &line : split) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    // A CSV cell may hold a line break: then a "line" here is part of a record. Good enough for
    // a preview, which shows the bytes as they are.
    *lines = split.mid(0, maxLines + (formatter.isCsv() ? 1 : 0));
    return true;
}

QStringList Exporter::fieldNames(const QSqlDatabase &db, const QStringList &stageIds, int sample)
{
    ExportOptions o;
    o.stageIds = stageIds;
    o.filters.statuses.clear();
    QStringList columns;
    QString error;
    if (stageIds.isEmpty() || !collectColumns(db, o, std::max(sample, 1), &columns, &error))
        return {};
    return columns;
}

namespace {

// The first column of \a sql, whose %1 takes the placeholders of \a stageIds.
QStringList distinctTexts(const QSqlDatabase &db, const QStringList &stageIds, const QString &sql)
{
    if (stageIds.isEmpty())
        return {};
    Rows rows(db);
    QVariantList binds;
    for (const QString &id : stageIds)
        binds << stageKey(id);
    QString error;
    QStringList names;
    if (!rows.exec(sql.arg(placeholders(stageIds.size())), binds, &error))
        return names;
    while (rows.next())
        names << QString::fromUtf8(rows.text(0));
    return names;
}

} // namespace

QStringList Exporter::judgeNames(const QSqlDatabase &db, const QStringList &stageIds)
{
    return distinctTexts(db, stageIds,
                         QStringLiteral("SELECT DISTINCT s.judge FROM record_scores s JOIN records "
                                        "r ON r.id = s.record_id WHERE r.stage_id IN (%1) ORDER "
                                        "BY 1"));
}

QStringList Exporter::tagNames(const QSqlDatabase &db, const QStringList &stageIds)
{
    return distinctTexts(db, stageIds,
                         QStringLiteral("SELECT DISTINCT t.value FROM records r, json_each(CASE "
                                        "WHEN json_valid(r.tags) THEN r.tags ELSE '[]' END) t "
                                        "WHERE r.stage_id IN (%1) AND r.tags <> '[]' ORDER BY 1"));
}

bool Exporter::hasSplitField(const QSqlDatabase &db, const QStringList &stageIds,
                             const QString &field)
{
    if (stageIds.isEmpty())
        return false;
    Rows rows(db);
    QVariantList binds;
    for (const QString &id : stageIds)
        binds << stageKey(id);
    binds << QString(QStringLiteral("$.\"") + field + QLatin1Char('"'));
    QString error;
    return rows.exec(QStringLiteral("SELECT 1 FROM records r WHERE r.stage_id IN (%1) AND "
                                    "json_valid(r.fields) AND json_extract(r.fields, ?) IS NOT "
                                    "NULL LIMIT 1")
                         .arg(placeholders(stageIds.size())),
                     binds, &error) &&
           rows.next();
}

} // namespace Seedbed::Export
