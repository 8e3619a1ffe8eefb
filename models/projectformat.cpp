#include "models/projectformat.h"

#include "models/stablejson.h"
#include "models/stageregistry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <cmath>

namespace Seedbed {

namespace {
// lupdate reads the context from here; the engine has no QObject to lend it one.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Seedbed::ProjectFormat)
};

QString idString(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

bool readId(const QJsonObject &object, const QString &key, QUuid *id, QString *problem)
{
    *id = QUuid::fromString(object.value(key).toString());
    if (id->isNull()) {
        *problem = Text::tr("\"%1\" is missing or is not a valid id.").arg(key);
        return false;
    }
    return true;
}

int lineOf(const QByteArray &bytes, qsizetype offset)
{
    return int(bytes.left(offset).count('\n')) + 1;
}
} // namespace

QByteArray ProjectFormat::toBytes(const QJsonObject &object)
{
    static const StableJson writer({
        QStringLiteral("format"),    QStringLiteral("version"), QStringLiteral("id"),
        QStringLiteral("type"),      QStringLiteral("name"),    QStringLiteral("number"),
        QStringLiteral("savedAt"),   QStringLiteral("note"),    QStringLiteral("position"),
        QStringLiteral("from"),      QStringLiteral("to"),      QStringLiteral("port"),
        QStringLiteral("system"),    QStringLiteral("user"),    QStringLiteral("settings"),
        QStringLiteral("versions"),  QStringLiteral("stages"),  QStringLiteral("edges"),
        QStringLiteral("templates"),
    });
    return writer.write(object);
}

QJsonObject ProjectFormat::stageToJson(const Stage &stage)
{
    return {
        {QStringLiteral("id"), idString(stage.id)},
        {QStringLiteral("type"), stage.type},
        {QStringLiteral("name"), stage.name},
        {QStringLiteral("position"), QJsonArray{stage.position.x(), stage.position.y()}},
        {QStringLiteral("settings"), QJsonObject::fromVariantMap(stage.settings)},
    };
}

QJsonObject ProjectFormat::edgeToJson(const Edge &edge)
{
    return {
        {QStringLiteral("from"), idString(edge.from)},
        {QStringLiteral("to"), idString(edge.to)},
        {QStringLiteral("port"), edge.toPort},
    };
}

QJsonObject ProjectFormat::templateToJson(const PromptTemplate &t)
{
    QJsonArray versions;
    for (const PromptVersion &v : t.versions) {
        versions.append(QJsonObject{
            {QStringLiteral("number"), v.number},
            {QStringLiteral("savedAt"), v.savedAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("note"), v.note},
            {QStringLiteral("system"), v.system},
            {QStringLiteral("user"), v.user},
        });
    }
    return {
        {QStringLiteral("id"), idString(t.id)}, {QStringLiteral("name"), t.name},
        {QStringLiteral("system"), t.system},   {QStringLiteral("user"), t.user},
        {QStringLiteral("versions"), versions},
    };
}

bool ProjectFormat::stageFromJson(const QJsonObject &object, Stage *stage, QString *problem)
{
    if (!readId(object, QStringLiteral("id"), &stage->id, problem))
        return false;
    stage->type = object.value(QStringLiteral("type")).toString();
    if (stage->type.isEmpty()) {
        *problem = Text::tr("A stage has no type.");
        return false;
    }
    stage->name = object.value(QStringLiteral("name")).toString();
    const QJsonArray position = object.value(QStringLiteral("position")).toArray();
    if (position.size() != 2 || !position.at(0).isDouble() || !position.at(1).isDouble()) {
        *problem =
            Text::tr("The position of stage \"%1\" is not a pair of numbers.").arg(stage->name);
        return false;
    }
    stage->position = QPointF(position.at(0).toDouble(), position.at(1).toDouble());
    if (object.contains(QStringLiteral("settings")) &&
        !object.value(QStringLiteral("settings")).isObject()) {
        *problem = Text::tr("The settings of stage \"%1\" are not an object.").arg(stage->name);
        return false;
    }
    stage->settings = normalizedSettings(
        stage->type, object.value(QStringLiteral("settings")).toObject().toVariantMap());
    return true;
}

bool ProjectFormat::edgeFromJson(const QJsonObject &object, Edge *edge, QString *problem)
{
    if (!readId(object, QStringLiteral("from"), &edge->from, problem) ||
        !readId(object, QStringLiteral("to"), &edge->to, problem))
        return false;
    edge->toPort = object.value(QStringLiteral("port")).toString();
    if (edge->toPort.isEmpty()) {
        *problem = Text::tr("A connection names no input port.");
        return false;
    }
    return true;
}

bool ProjectFormat::templateFromJson(const QJsonObject &object, PromptTemplate *t, QString *problem)
{
    if (!readId(object, QStringLiteral("id"), &t->id, problem))
        return false;
    t->name = object.value(QStringLiteral("name")).toString();
    t->system = object.value(QStringLiteral("system")).toString();
    t->user = object.value(QStringLiteral("user")).toString();
    t->versions.clear();
    for (const QJsonValue &value : object.value(QStringLiteral("versions")).toArray()) {
        const QJsonObject v = value.toObject();
        PromptVersion version;
        version.number = v.value(QStringLiteral("number")).toInt();
        version.savedAt =
            QDateTime::fromString(v.value(QStringLiteral("savedAt")).toString(), Qt::ISODate);
        version.note = v.value(QStringLiteral("note")).toString();
        version.system = v.value(QStringLiteral("system")).toString();
        version.user = v.value(QStringLiteral("user")).toString();
        t->versions.append(version);
    }
    return true;
}

QVariantMap ProjectFormat::normalizedSettings(const QString &typeId, const QVariantMap &settings)
{
    const StageType *type = StageRegistry::instance().type(typeId);
    if (!type)
        return settings;
    QVariantMap result = settings;
    for (auto it = result.begin(); it != result.end(); ++it) {
        const SettingDef *def = type->setting(it.key());
        if (!def)
            continue;
        QVariant &value = it.value();
        switch (def->type) {
        case SettingType::Integer:
            // Keep out-of-range or fractional numbers as they are, for the validator to report.
            if (value.canConvert<double>()) {
                const double number = value.toDouble();
                if (qAbs(number) < 2147483647.0 && std::trunc(number) == number)
                    value = value.toInt();
            }
            break;
        case SettingType::Real:
            if (value.canConvert<double>())
                value = value.toDouble();
            break;
        case SettingType::Boolean:
            value = value.toBool();
            break;
        case SettingType::StringList:
            value = value.toStringList();
            break;
        case SettingType::Table: {
            QVariantList rows;
            for (const QVariant &row : value.toList())
                rows.append(row.toMap());
            value = rows;
            break;
        }
        default:
            if (value.typeId() != QMetaType::QString && value.canConvert<QString>())
                value = value.toString();
            break;
        }
    }
    return result;
}

QByteArray ProjectFormat::serialize(const ProjectData &data)
{
    QJsonArray stages;
    for (const Stage &stage : data.stages) {
        QJsonObject object = data.stageExtra.value(stage.id);
        const QJsonObject known = stageToJson(stage);
        for (auto it = known.begin(); it != known.end(); ++it)
            object.insert(it.key(), it.value());
        stages.append(object);
    }
    QJsonArray edges;
    for (const Edge &edge : data.edges)
        edges.append(edgeToJson(edge));
    QJsonArray templates;
    for (const PromptTemplate &t : data.templates)
        templates.append(templateToJson(t));
    QJsonObject root = data.extra;
    root.insert(QStringLiteral("format"), QLatin1String(formatId));
    root.insert(QStringLiteral("version"), currentVersion);
    root.insert(QStringLiteral("name"), data.name);
    root.insert(QStringLiteral("stages"), stages);
    root.insert(QStringLiteral("edges"), edges);
    root.insert(QStringLiteral("templates"), templates);
    return toBytes(root);
}

bool ProjectFormat::parse(const QByteArray &bytes, const QString &source, ProjectData *data,
                          ProjectError *error)
{
    const auto fail = [error](ProjectError::Code code, const QString &message) {
        if (error)
            *error = {code, message};
        return false;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    const bool looksOurs = bytes.contains(formatId);
    if (parseError.error != QJsonParseError::NoError) {
        if (looksOurs)
            return fail(ProjectError::Corrupt,
                        Text::tr("%1 is damaged: %2 at line %3. Restore it from a backup or from "
                                 "version control.")
                            .arg(source, parseError.errorString())
                            .arg(lineOf(bytes, parseError.offset)));
        return fail(ProjectError::NotAProject,
                    Text::tr("%1 is not a Seedbed project file (it is not JSON).").arg(source));
    }
    const QJsonObject root = document.object();
    if (!document.isObject() ||
        root.value(QStringLiteral("format")).toString() != QLatin1String(formatId))
        return fail(ProjectError::NotAProject,
                    Text::tr("%1 is not a Seedbed project file (it has no \"format\": \"%2\").")
                        .arg(source, QLatin1String(formatId)));
    const QJsonValue versionValue = root.value(QStringLiteral("version"));
    const double version = versionValue.toDouble(-1);
    // A version beyond any plausible one is damage, not news from the future (and a 1e308
    // would not fit the qint64 it is shown as).
    if (!versionValue.isDouble() || version < 1 || version > 1e9 || std::trunc(version) != version)
        return fail(
            ProjectError::Corrupt,
            Text::tr("%1 is damaged: its format version is missing or invalid.").arg(source));
    if (version > currentVersion)
        return fail(
            ProjectError::NewerVersion,
            Text::tr("%1 was written by a newer version of Seedbed (project format %2); this "
                     "version reads up to format %3. Update Seedbed to open it.")
                .arg(source)
                .arg(qint64(version))
                .arg(currentVersion));

    ProjectData result;
    result.name = root.value(QStringLiteral("name")).toString();
    QSet<QUuid> ids;
    QString problem;
    const auto corrupt = [&](const QString &what) {
        return fail(ProjectError::Corrupt, Text::tr("%1 is damaged: %2").arg(source, what));
    };
    static const QStringList knownKeys = {QStringLiteral("format"), QStringLiteral("version"),
                                          QStringLiteral("name"),   QStringLiteral("stages"),
                                          QStringLiteral("edges"),  QStringLiteral("templates")};
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!knownKeys.contains(it.key()))
            result.extra.insert(it.key(), it.value());
    }
    // A list that is something else (say, after a bad merge) must not read as empty: the
    // next save would erase it.
    for (const QString &key :
         {QStringLiteral("stages"), QStringLiteral("edges"), QStringLiteral("templates")}) {
        if (root.contains(key) && !root.value(key).isArray())
            return corrupt(Text::tr("\"%1\" is not a list.").arg(key));
    }
    static const QStringList knownStageKeys = {QStringLiteral("id"), QStringLiteral("type"),
                                               QStringLiteral("name"), QStringLiteral("position"),
                                               QStringLiteral("settings")};
    for (const QJsonValue &value : root.value(QStringLiteral("stages")).toArray()) {
        Stage stage;
        if (!value.isObject() || !stageFromJson(value.toObject(), &stage, &problem))
            return corrupt(problem.isEmpty() ? Text::tr("a stage is not an object.") : problem);
        if (ids.contains(stage.id))
            return corrupt(Text::tr("two stages share the id %1.").arg(idString(stage.id)));
        ids.insert(stage.id);
        QJsonObject extra = value.toObject();
        for (const QString &key : knownStageKeys)
            extra.remove(key);
        if (!extra.isEmpty())
            result.stageExtra.insert(stage.id, extra);
        result.stages.append(stage);
    }
    for (const QJsonValue &value : root.value(QStringLiteral("edges")).toArray()) {
        Edge edge;
        if (!value.isObject() || !edgeFromJson(value.toObject(), &edge, &problem))
            return corrupt(problem.isEmpty() ? Text::tr("a connection is not an object.")
                                             : problem);
        if (!ids.contains(edge.from) || !ids.contains(edge.to))
            return corrupt(Text::tr("a connection refers to a stage that does not exist."));
        if (result.edges.contains(edge))
            return corrupt(Text::tr("a connection is listed twice."));
        result.edges.append(edge);
    }
    QSet<QUuid> templateIds;
    for (const QJsonValue &value : root.value(QStringLiteral("templates")).toArray()) {
        PromptTemplate t;
        if (!value.isObject() || !templateFromJson(value.toObject(), &t, &problem))
            return corrupt(problem.isEmpty() ? Text::tr("a prompt template is not an object.")
                                             : problem);
        if (templateIds.contains(t.id))
            return corrupt(Text::tr("two prompt templates share the id %1.").arg(idString(t.id)));
        templateIds.insert(t.id);
        result.templates.append(t);
    }
    *data = std::move(result);
    if (error)
        *error = {};
    return true;
}

} // namespace Seedbed
