#include "widgets/duplicatecluster.h"

#include "models/projectdocument.h"
#include "models/projectstore.h"
#include "models/textdiff.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSqlQuery>
#include <QTextBlock>
#include <QTextCursor>
#include <QVBoxLayout>

namespace Seedbed {

namespace {
constexpr int columnWidth = 320;
constexpr int maxCellLines = 14; // taller text scrolls inside its cell

struct Member
{
    qint64 id = 0;
    QString status;
    QString reviewState;
    QVariant score;
    QJsonObject fields;
};

QString cellText(const QJsonValue &value)
{
    if (value.isUndefined())
        return QString();
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented))
            .trimmed();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented))
            .trimmed();
    return value.toVariant().toString();
}

QString reviewText(const QString &state)
{
    if (state == QLatin1String("accepted"))
        return DuplicateCluster::tr("Accepted");
    if (state == QLatin1String("rejected"))
        return DuplicateCluster::tr("Rejected");
    if (state == QLatin1String("edited"))
        return DuplicateCluster::tr("Edited");
    return DuplicateCluster::tr("Unreviewed");
}

// Paints the background of lines \a lines of \a edit.
void highlightLines(QPlainTextEdit *edit, const QList<int> &lines, const QColor &color)
{
    QList<QTextEdit::ExtraSelection> selections;
    for (int line : lines) {
        const QTextBlock block = edit->document()->findBlockByNumber(line);
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(block);
        selection.format.setBackground(color);
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        selections.append(selection);
    }
    edit->setExtraSelections(selections);
}
} // namespace

DuplicateCluster::DuplicateCluster(ProjectDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_summary(new QLabel(this))
    , m_scroll(new QScrollArea(this))
{
    setObjectName(QStringLiteral("duplicateCluster"));
    setWindowTitle(tr("Duplicate Cluster"));
    m_summary->setObjectName(QStringLiteral("clusterSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(buttons);
    resize(3 * columnWidth + 160, 560);
}

bool DuplicateCluster::showCluster(qint64 id)
{
    m_id = id;
    m_choice = {};
    if (m_document && m_document->store() && m_document->store()->isOpen()) {
        if (auto choice = Records::DuplicateChoice::read(m_document->store()->database(), id))
            m_choice = *choice;
    }
    build();
    return m_choice.size() > 0;
}

void DuplicateCluster::reload()
{
    // The record shown may have changed sides; its cluster is the same one.
    if (!m_choice.kept.isEmpty() || !m_choice.duplicates.isEmpty()) {
        const qint64 anchor = m_choice.members().contains(m_id) ? m_id : m_choice.members().first();
        showCluster(anchor);
    } else {
        showCluster(m_id);
    }
}

void DuplicateCluster::build()
{
    if (QWidget *old = m_scroll->takeWidget())
        delete old;
    if (m_choice.size() == 0) {
        m_summary->setText(tr("Record %1 is not in a duplicate cluster.").arg(m_id));
        return;
    }
    // The members, read with their fields; the kept one first.
    QList<Member> members;
    QSqlQuery query(m_document->store()->database());
    query.prepare(
        QStringLiteral("SELECT id, status, review_state, score, fields FROM records WHERE id = ?"));
    for (qint64 id : m_choice.members()) {
        query.addBindValue(id);
        if (!query.exec() || !query.next())
            continue;
        Member m;
        m.id = query.value(0).toLongLong();
        m.status = query.value(1).toString();
        m.reviewState = query.value(2).toString();
        m.score = query.value(3);
        m.fields = QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object();
        members.append(m);
    }
    const QString stageName = m_stageNames.value(m_choice.stage, m_choice.stage.toString());
    m_summary->setText(
        m_choice.kept.isEmpty()
            ? tr("%n record(s) of “%1” are duplicates of record %2 of the input, whose record "
                 "is gone.",
                 nullptr, int(m_choice.duplicates.size()))
                  .arg(stageName)
                  .arg(m_choice.keptParent)
            : tr("“%1” kept record %2 and marked %n record(s) as its duplicates. Lines that "
                 "differ from the kept record are highlighted.",
                 nullptr, int(m_choice.duplicates.size()))
                  .arg(stageName)
                  .arg(m_choice.kept.first()));

    // The fields in the order the records have them, the kept record's first.
    QStringList keys;
    for (const Member &m : std::as_const(members)) {
        for (auto it = m.fields.constBegin(); it != m.fields.constEnd(); ++it) {
            if (!keys.contains(it.key()))
                keys.append(it.key());
        }
    }

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("clusterContent"));
    auto *grid = new QGridLayout(content);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(4);
    const QLocale locale;
    const QColor changed = palette().color(QPalette::Highlight).lighter(170);
    const Member *kept = !m_choice.kept.isEmpty() && !members.isEmpty() &&
                                 members.first().id == m_choice.kept.first()
                             ? &members.first()
                             : nullptr;
    for (int c = 0; c < members.size(); ++c) {
        const Member &m = members.at(c);
        const bool isKept = m_choice.kept.contains(m.id);
        QStringList facts{tr("Record %1").arg(m.id), isKept ? tr("Kept") : tr("Duplicate")};
        if (!m.score.isNull())
            facts.append(tr("Score %1").arg(locale.toString(m.score.toDouble())));
        facts.append(reviewText(m.reviewState));
        auto *header = new QLabel(facts.join(QStringLiteral(" · ")), content);
        header->setObjectName(QStringLiteral("header_%1").arg(m.id));
        header->setTextFormat(Qt::PlainText);
        QFont bold = header->font();
        bold.setBold(isKept);
        header->setFont(bold);
        grid->addWidget(header, 0, c + 1);
        if (!isKept) {
            auto *keep = new QPushButton(tr("Keep This One"), content);
            keep->setObjectName(QStringLiteral("keep_%1").arg(m.id));
            keep->setToolTip(tr("Keep record %1 instead: the kept record becomes its duplicate "
                                "and what was made of it downstream is removed (Edit ▸ Undo "
                                "brings it back).")
                                 .arg(m.id));
            const qint64 id = m.id;
            connect(keep, &QPushButton::clicked, this, [this, id] { emit keepRequested(id); });
            grid->addWidget(keep, 1, c + 1, Qt::AlignLeft);
        }
        grid->setColumnMinimumWidth(c + 1, columnWidth);
        grid->setColumnStretch(c + 1, 1);
    }
    for (int r = 0; r < keys.size(); ++r) {
        const QString &key = keys.at(r);
        auto *name = new QLabel(key, content);
        name->setTextFormat(Qt::PlainText);
        name->setForegroundRole(QPalette::PlaceholderText);
        name->setAlignment(Qt::AlignRight | Qt::AlignTop);
        grid->addWidget(name, r + 2, 0, Qt::AlignTop);
        const QString keptText = kept ? cellText(kept->fields.value(key)) : QString();
        for (int c = 0; c < members.size(); ++c) {
            const Member &m = members.at(c);
            const QString text = cellText(m.fields.value(key));
            auto *cell = new QPlainTextEdit(content);
            cell->setObjectName(QStringLiteral("cell_%1_%2").arg(m.id).arg(key));
            cell->setReadOnly(true);
            cell->setPlainText(text);
            cell->setLineWrapMode(QPlainTextEdit::WidgetWidth);
            if (!m.fields.value(key).isString())
                cell->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
            const int lines = std::clamp(
                int(text.size() / 40) + int(text.count(QLatin1Char('\n'))) + 1, 1, maxCellLines);
            cell->setFixedHeight(cell->fontMetrics().lineSpacing() * lines + 14);
            const bool differs = kept && &m != kept && text != keptText;
            cell->setProperty("differs", differs);
            if (differs) {
                QList<int> differing;
                for (const TextDiff::Row &row : TextDiff::sideBySide(keptText, text)) {
                    if (row.kind != TextDiff::Row::Same && row.right >= 0)
                        differing.append(row.right);
                }
                highlightLines(cell, differing, changed);
            }
            grid->addWidget(cell, r + 2, c + 1);
        }
    }
    grid->setRowStretch(int(keys.size()) + 2, 1);
    m_scroll->setWidget(content);
}

} // namespace Seedbed
