#include "widgets/recorddetail.h"

#include "models/llm/profilestore.h"
#include "models/llm/providerprofile.h"
#include "models/llm/usageledger.h"
#include "models/projectdocument.h"
#include "models/projectstore.h"
#include "models/records/duplicatechoice.h"
#include "widgets/jsonhighlighter.h"

#include <QDateTime>
#include <QEvent>
#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSqlQuery>
#include <QTextDocument>
#include <QVBoxLayout>

namespace Seedbed {

namespace {
constexpr int maxLineage = 32;   // hops up the parent chain; lineage is never that deep
constexpr int maxJsonLines = 24; // taller JSON scrolls inside its box
constexpr int snippetLength = 60;

// Fields a judge adds: shown with the judge, not among the sample's own fields.
bool isJudgeField(const QString &key)
{
    return key == QLatin1String("score") || key == QLatin1String("score_reason") ||
           key.endsWith(QLatin1String("_reason")) || key == QLatin1String("rationale");
}

QJsonObject parseObject(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

QString pretty(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented))
            .trimmed();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented))
            .trimmed();
    return value.toVariant().toString();
}

// One line of a record's fields, for a lineage entry.
QString snippet(const QJsonObject &fields)
{
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (it.value().isString() && !it.value().toString().trimmed().isEmpty()) {
            QString text = it.value().toString().simplified();
            if (text.size() > snippetLength)
                text = text.left(snippetLength - 1) + QChar(0x2026);
            return text;
        }
    }
    return QString();
}

// The text of a chat message's content: a string, or blocks with text (Anthropic, OpenAI).
QString contentText(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    QStringList parts;
    for (const QJsonValue &block : content.toArray()) {
        if (block.isString())
            parts.append(block.toString());
        else if (block.toObject().contains(QStringLiteral("text")))
            parts.append(block.toObject().value(QStringLiteral("text")).toString());
    }
    return parts.join(QStringLiteral("\n"));
}
} // namespace

// The same words as the table's.
QString RecordDetail::statusText(const QString &status)
{
    if (status == QLatin1String("ok"))
        return tr("OK");
    if (status == QLatin1String("filtered"))
        return tr("Filtered");
    if (status == QLatin1String("failed"))
        return tr("Failed");
    if (status == QLatin1String("duplicate"))
        return tr("Duplicate");
    return status;
}

QString RecordDetail::reviewText(const QString &state)
{
    if (state == QLatin1String("unreviewed"))
        return tr("Unreviewed");
    if (state == QLatin1String("accepted"))
        return tr("Accepted");
    if (state == QLatin1String("rejected"))
        return tr("Rejected");
    if (state == QLatin1String("edited"))
        return tr("Edited");
    return state;
}

struct RecordDetail::Record
{
    qint64 id = 0;
    QUuid stage;
    QString status;
    QString reviewState;
    QJsonObject fields;
    QJsonObject scores;
    QJsonArray tags;
    QJsonObject usage;
    QJsonObject meta;
    QVariant score;
    qint64 parentId = 0;
    qint64 createdAt = 0;
};

RecordDetail::RecordDetail(QWidget *parent)
    : QWidget(parent)
    , m_scroll(new QScrollArea(this))
    , m_empty(new QLabel(tr("Select a record to see it here."), this))
{
    m_scroll->setObjectName(QStringLiteral("detailScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addWidget(m_scroll);
    m_scroll->hide();

    auto *save = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    auto *saveEnter = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    auto *cancel = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    for (QShortcut *shortcut : {save, saveEnter, cancel})
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(save, &QShortcut::activated, this, &RecordDetail::saveEditing);
    connect(saveEnter, &QShortcut::activated, this, &RecordDetail::saveEditing);
    connect(cancel, &QShortcut::activated, this, &RecordDetail::cancelEditing);
}

RecordDetail::~RecordDetail() = default;

void RecordDetail::setDocument(ProjectDocument *document, const QHash<QUuid, QString> &stageNames)
{
    m_document = document;
    m_stageNames = stageNames;
    showRecord(0);
}

void RecordDetail::setStageNames(const QHash<QUuid, QString> &stageNames)
{
    m_stageNames = stageNames;
}

void RecordDetail::showRecord(qint64 id)
{
    m_editing = false;
    m_id = id;
    rebuild();
}

void RecordDetail::reload()
{
    if (!m_editing)
        rebuild();
}

std::optional<RecordDetail::Record> RecordDetail::readRecord(qint64 id) const
{
    if (!m_document || !m_document->store() || !m_document->store()->isOpen() || id <= 0)
        return std::nullopt;
    QSqlQuery query(m_document->store()->database());
    query.prepare(QStringLiteral(
        "SELECT id, stage_id, status, review_state, fields, scores, tags, usage, meta, score, "
        "parent_id, created_at FROM records WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    Record r;
    r.id = query.value(0).toLongLong();
    r.stage = QUuid::fromString(query.value(1).toString());
    r.status = query.value(2).toString();
    r.reviewState = query.value(3).toString();
    r.fields = parseObject(query.value(4));
    r.scores = parseObject(query.value(5));
    r.tags = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).array();
    r.usage = parseObject(query.value(7));
    r.meta = parseObject(query.value(8));
    r.score = query.value(9);
    r.parentId = query.value(10).toLongLong();
    r.createdAt = query.value(11).toLongLong();
    return r;
}

void RecordDetail::clearContent()
{
    m_editors.clear();
    // The old content goes at once: its labels must not be found by the next look.
    if (QWidget *old = m_scroll->takeWidget())
        delete old;
    m_content = new QWidget;
    m_content->setObjectName(QStringLiteral("detailContent"));
    m_layout = new QVBoxLayout(m_content);
    m_layout->setContentsMargins(10, 8, 10, 10);
    m_layout->setSpacing(4);
}

void RecordDetail::rebuild()
{
    const std::optional<Record> record = readRecord(m_id);
    if (!record) {
        m_fields = {};
        m_editing = false;
        if (QWidget *old = m_scroll->takeWidget())
            delete old;
        m_content = nullptr;
        m_scroll->hide();
        m_empty->show();
        return;
    }
    m_fields = record->fields;
    clearContent();
    buildView(*record);
    m_layout->addStretch();
    m_scroll->setWidget(m_content);
    m_empty->hide();
    m_scroll->show();
}

QLabel *RecordDetail::addHeading(const QString &text)
{
    auto *label = new QLabel(text, m_content);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    if (m_layout->count() > 0)
        m_layout->addSpacing(8);
    m_layout->addWidget(label);
    return label;
}

QLabel *RecordDetail::addText(const QString &name, const QString &text, bool secondary)
{
    auto *label = new QLabel(m_content);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText); // samples may hold HTML: it must read literally
    label->setText(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setMinimumWidth(1); // wraps to the panel's width, however narrow
    if (secondary)
        label->setForegroundRole(QPalette::PlaceholderText);
    m_layout->addWidget(label);
    return label;
}

QPlainTextEdit *RecordDetail::addJson(const QString &name, const QString &json)
{
    auto *edit = new QPlainTextEdit(m_content);
    edit->setObjectName(name);
    edit->setReadOnly(true);
    edit->setPlainText(json);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    new JsonHighlighter(edit->document());
    const int lines = std::min<int>(maxJsonLines, int(json.count(QLatin1Char('\n'))) + 1);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 14);
    m_layout->addWidget(edit);
    return edit;
}

void RecordDetail::addField(const QString &key, const QJsonValue &value)
{
    auto *name = new QLabel(key, m_content);
    name->setTextFormat(Qt::PlainText);
    name->setForegroundRole(QPalette::PlaceholderText);
    m_layout->addSpacing(2);
    m_layout->addWidget(name);
    const QString objectName = QStringLiteral("field_") + key;
    if (value.isObject() || value.isArray()) {
        addJson(objectName, pretty(value));
        return;
    }
    if (value.isString()) {
        // JSON kept as text (a raw answer, a nested object) reads better pretty-printed.
        const QString text = value.toString();
        const QString trimmed = text.trimmed();
        if (trimmed.startsWith(QLatin1Char('{')) || trimmed.startsWith(QLatin1Char('['))) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(trimmed.toUtf8(), &error);
            if (error.error == QJsonParseError::NoError) {
                addJson(objectName,
                        QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed());
                return;
            }
        }
        addText(objectName, text);
        return;
    }
    addText(objectName, value.isNull() ? tr("(null)") : pretty(value));
}

void RecordDetail::buildView(const Record &record)
{
    const QLocale locale;
    m_callProvider.clear();
    m_callModel.clear();
    const QString stageName = m_stageNames.value(record.stage, record.stage.toString());
    QLabel *title = addHeading(tr("Record %1 · %2").arg(record.id).arg(stageName));
    title->setObjectName(QStringLiteral("detailTitle"));
    QStringList facts{tr("Status: %1").arg(statusText(record.status)),
                      tr("Review: %1").arg(reviewText(record.reviewState))};
    QStringList tags;
    for (const QJsonValue &tag : record.tags)
        tags.append(tag.toString());
    if (!tags.isEmpty())
        facts.append(tr("Tags: %1").arg(tags.join(QStringLiteral(", "))));
    if (record.createdAt > 0)
        facts.append(locale.toString(QDateTime::fromMSecsSinceEpoch(record.createdAt),
                                     QLocale::ShortFormat));
    addText(QStringLiteral("facts"), facts.join(QStringLiteral(" · ")), true);
    const QString reason = record.meta.value(QStringLiteral("reason")).toString();
    if (!reason.isEmpty())
        addText(QStringLiteral("reason"), reason);
    addCluster(record);
    const QString note = record.meta.value(QStringLiteral("note")).toString();
    if (!note.isEmpty()) {
        addHeading(tr("Note"));
        addText(QStringLiteral("note"), note);
    }

    addHeading(tr("Fields"));
    for (auto it = record.fields.constBegin(); it != record.fields.constEnd(); ++it) {
        if (!isJudgeField(it.key()))
            addField(it.key(), it.value());
    }

    // The judges' verdicts: every judge's score, and the rationale of the last one.
    QStringList scores;
    for (auto it = record.scores.constBegin(); it != record.scores.constEnd(); ++it)
        scores.append(tr("%1: %2").arg(it.key(), locale.toString(it.value().toDouble())));
    QStringList rationale;
    for (auto it = record.fields.constBegin(); it != record.fields.constEnd(); ++it) {
        if (isJudgeField(it.key()) && it.key() != QLatin1String("score") && it.value().isString() &&
            !it.value().toString().isEmpty())
            rationale.append(it.value().toString());
    }
    if (!scores.isEmpty() || !rationale.isEmpty() || !record.score.isNull()) {
        addHeading(tr("Judge"));
        if (scores.isEmpty() && !record.score.isNull())
            scores.append(tr("Score: %1").arg(locale.toString(record.score.toDouble())));
        addText(QStringLiteral("scores"), scores.join(QStringLiteral(" · ")));
        if (!rationale.isEmpty())
            addText(QStringLiteral("rationale"), rationale.join(QStringLiteral("\n\n")));
    }

    const QJsonObject original = record.meta.value(QStringLiteral("originalFields")).toObject();
    if (!original.isEmpty()) {
        addHeading(tr("Before editing"));
        for (auto it = original.constBegin(); it != original.constEnd(); ++it) {
            if (record.fields.value(it.key()) == it.value())
                continue;
            auto *name = new QLabel(it.key(), m_content);
            name->setTextFormat(Qt::PlainText);
            name->setForegroundRole(QPalette::PlaceholderText);
            m_layout->addWidget(name);
            addText(QStringLiteral("original_") + it.key(), pretty(it.value()));
        }
    }

    const QString reasoning = record.meta.value(QStringLiteral("reasoning")).toString();
    if (!reasoning.isEmpty()) {
        addHeading(tr("Reasoning"));
        addText(QStringLiteral("reasoning"), reasoning, true);
    }

    addPrompt(record.meta.value(QStringLiteral("callHash")).toString());
    addLineage(record);
    addUsage(record);
}

void RecordDetail::addPrompt(const QString &callHash)
{
    if (callHash.isEmpty())
        return;
    QSqlQuery query(m_document->store()->database());
    query.prepare(QStringLiteral("SELECT request, provider, model FROM llm_calls "
                                 "WHERE request_hash = ? ORDER BY id DESC LIMIT 1"));
    query.addBindValue(callHash);
    if (!query.exec() || !query.next())
        return;
    const QJsonObject body = parseObject(query.value(0));
    m_callProvider = query.value(1).toString();
    m_callModel = query.value(2).toString();
    QStringList parts;
    const QJsonValue system = body.value(QStringLiteral("system"));
    if (!system.isUndefined() && !contentText(system).isEmpty())
        parts.append(tr("[system]\n%1").arg(contentText(system)));
    for (const QJsonValue &message : body.value(QStringLiteral("messages")).toArray()) {
        const QJsonObject m = message.toObject();
        parts.append(tr("[%1]\n%2")
                         .arg(m.value(QStringLiteral("role")).toString(),
                              contentText(m.value(QStringLiteral("content")))));
    }
    if (parts.isEmpty() && body.contains(QStringLiteral("prompt")))
        parts.append(body.value(QStringLiteral("prompt")).toString());
    addHeading(tr("Prompt (%1)").arg(body.value(QStringLiteral("model")).toString(m_callModel)));
    addText(QStringLiteral("prompt"), parts.join(QStringLiteral("\n\n")));
}

void RecordDetail::addLineage(const Record &record)
{
    if (record.parentId <= 0)
        return;
    addHeading(tr("Lineage"));
    QSqlQuery query(m_document->store()->database());
    query.prepare(
        QStringLiteral("SELECT id, stage_id, fields, parent_id FROM records WHERE id = ?"));
    qint64 parent = record.parentId;
    for (int hop = 0; parent > 0 && hop < maxLineage; ++hop) {
        query.addBindValue(parent);
        if (!query.exec() || !query.next())
            break;
        const qint64 id = query.value(0).toLongLong();
        const QUuid stage = QUuid::fromString(query.value(1).toString());
        const QString text = snippet(parseObject(query.value(2)));
        parent = query.value(3).toLongLong();
        auto *button = new QPushButton(m_content);
        button->setObjectName(QStringLiteral("lineage_%1").arg(id));
        button->setFlat(true);
        button->setCursor(Qt::PointingHandCursor);
        button->setStyleSheet(QStringLiteral("text-align: left; padding: 2px 4px;"));
        button->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        const QString line = tr("↑ %1 · #%2 · %3")
                                 .arg(m_stageNames.value(stage, stage.toString()))
                                 .arg(id)
                                 .arg(text);
        button->setText(line);
        button->setToolTip( // the snippet is sample text: never markup
            Qt::convertFromPlainText(tr("Go to record %1: %2").arg(id).arg(text)));
        connect(button, &QPushButton::clicked, this, [this, id] { emit recordActivated(id); });
        m_layout->addWidget(button);
    }
}

void RecordDetail::addCluster(const Record &record)
{
    if (record.status != QLatin1String("ok") && record.status != QLatin1String("duplicate"))
        return;
    const std::optional<Records::DuplicateChoice> choice =
        Records::DuplicateChoice::read(m_document->store()->database(), record.id);
    if (!choice)
        return;
    auto *button =
        new QPushButton(tr("Duplicate Cluster (%n)", nullptr, int(choice->size())), m_content);
    button->setObjectName(QStringLiteral("clusterButton"));
    button->setToolTip(tr("Shows the records of the cluster side by side and lets you choose "
                          "which one to keep."));
    const qint64 id = record.id;
    connect(button, &QPushButton::clicked, this,
            [this, id] { emit duplicateClusterRequested(id); });
    m_layout->addWidget(button, 0, Qt::AlignLeft);
}

void RecordDetail::addUsage(const Record &record)
{
    const QJsonObject &usage = record.usage;
    if (usage.isEmpty())
        return;
    const QLocale locale;
    const auto count = [&usage](const char *key) {
        return usage.value(QLatin1String(key)).toInteger(-1);
    };
    QStringList parts;
    if (count("prompt") >= 0)
        parts.append(tr("%1 prompt tokens").arg(locale.toString(count("prompt"))));
    if (count("completion") >= 0)
        parts.append(tr("%1 completion tokens").arg(locale.toString(count("completion"))));
    if (count("reasoning") > 0)
        parts.append(tr("of which %1 reasoning").arg(locale.toString(count("reasoning"))));
    if (usage.value(QStringLiteral("estimated")).toBool())
        parts.append(tr("estimated"));
    const QString cost = costText(usage, m_callProvider,
                                  record.meta.value(QStringLiteral("model")).toString(m_callModel));
    if (!cost.isEmpty())
        parts.append(cost);
    if (record.meta.value(QStringLiteral("cached")).toBool())
        parts.append(tr("served from the cache"));
    if (parts.isEmpty())
        return;
    addHeading(tr("Tokens and cost"));
    addText(QStringLiteral("usage"), parts.join(QStringLiteral(" · ")));
}

QString RecordDetail::costText(const QJsonObject &usage, const QString &provider,
                               const QString &model) const
{
    if (provider.isEmpty() || model.isEmpty())
        return QString();
    // Prices live in the user's provider profiles, read when first needed.
    if (!m_profiles) {
        Llm::ProfileStore store;
        store.load();
        m_profiles = store.profiles();
    }
    for (const Llm::ProviderProfile &profile : std::as_const(*m_profiles)) {
        if (profile.name != provider && profile.id != provider)
            continue;
        Llm::Usage u;
        u.promptTokens = usage.value(QStringLiteral("prompt")).toInteger(-1);
        u.completionTokens = usage.value(QStringLiteral("completion")).toInteger(-1);
        const std::optional<double> cost = Llm::UsageLedger::callCost(u, profile, model);
        if (!cost)
            return QString();
        return tr("%1 %2").arg(QLocale().toString(*cost, 'g', 3), profile.currency);
    }
    return QString();
}

bool RecordDetail::startEditing()
{
    if (m_id <= 0 || !m_content)
        return false;
    if (m_editing)
        return true;
    m_editing = true;
    clearContent();
    buildEditor();
    m_layout->addStretch();
    m_scroll->setWidget(m_content);
    if (!m_editors.isEmpty())
        m_editors.constBegin().value()->setFocus();
    return true;
}

void RecordDetail::buildEditor()
{
    addHeading(tr("Editing record %1").arg(m_id))->setObjectName(QStringLiteral("detailTitle"));
    addText(QStringLiteral("editHint"),
            tr("Ctrl+Enter saves, Escape cancels. Values that are not text are JSON."), true);
    QPlainTextEdit *first = nullptr;
    for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it) {
        auto *name = new QLabel(it.key(), m_content);
        name->setTextFormat(Qt::PlainText);
        m_layout->addSpacing(2);
        m_layout->addWidget(name);
        auto *edit = new QPlainTextEdit(m_content);
        edit->setObjectName(QStringLiteral("edit_") + it.key());
        edit->setTabChangesFocus(true);
        const bool text = it.value().isString();
        edit->setPlainText(text ? it.value().toString() : pretty(it.value()));
        edit->setProperty("json", !text);
        if (!text) {
            edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
            new JsonHighlighter(edit->document());
        }
        const int lines = std::clamp(int(edit->toPlainText().size() / 60) + 2, 3, 16);
        edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * lines + 12);
        m_layout->addWidget(edit);
        m_editors.insert(it.key(), edit);
        if (!first)
            first = edit;
    }
}

void RecordDetail::saveEditing()
{
    if (!m_editing)
        return;
    QJsonObject edits;
    for (auto it = m_editors.constBegin(); it != m_editors.constEnd(); ++it) {
        const QString text = it.value()->toPlainText();
        QJsonValue value = text;
        if (it.value()->property("json").toBool()) {
            // Not JSON any more: kept as the text typed rather than lost.
            const QJsonDocument doc =
                QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]"));
            if (doc.isArray() && doc.array().size() == 1)
                value = doc.array().first();
        }
        if (value != m_fields.value(it.key()))
            edits.insert(it.key(), value);
    }
    const qint64 id = m_id;
    m_editing = false;
    rebuild();
    if (!edits.isEmpty())
        emit editSaved(id, edits);
}

void RecordDetail::cancelEditing()
{
    if (!m_editing)
        return;
    m_editing = false;
    rebuild();
}

} // namespace Seedbed
