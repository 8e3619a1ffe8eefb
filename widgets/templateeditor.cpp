#include "widgets/templateeditor.h"

#include "models/template/template.h"
#include "widgets/templatehighlighter.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QPainter>
#include <QScrollBar>
#include <QSet>
#include <QStandardItemModel>
#include <QStyle>
#include <QTextBlock>
#include <QTimer>
#include <QToolTip>

#include <algorithm>

namespace Seedbed {

namespace {

constexpr int TabWidth = 4;
constexpr int DefaultValidationDelay = 150;
constexpr int GutterPadding = 4;

bool isIdentPart(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

QColor blend(const QColor &a, const QColor &b, qreal amountOfB)
{
    const qreal k = 1.0 - amountOfB;
    return QColor::fromRgbF(float(a.redF() * k + b.redF() * amountOfB),
                            float(a.greenF() * k + b.greenF() * amountOfB),
                            float(a.blueF() * k + b.blueF() * amountOfB));
}

// The root of a field name: "seed" for "seed.question" or "seed[0]".
QString rootOf(const QString &field)
{
    qsizetype end = 0;
    while (end < field.size() && field.at(end) != u'.' && field.at(end) != u'[')
        ++end;
    return field.left(end);
}

} // namespace

/*! \internal The line number gutter to the left of a TemplateEditor's viewport. */
class TemplateEditorGutter : public QWidget
{
public:
    explicit TemplateEditorGutter(TemplateEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    {}

    QSize sizeHint() const override { return {m_editor->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintGutter(event); }

private:
    TemplateEditor *m_editor;
};

TemplateEditor::TemplateEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_gutter(new TemplateEditorGutter(this))
    , m_highlighter(new TemplateHighlighter(document()))
    , m_validationTimer(new QTimer(this))
    , m_completer(new QCompleter(this))
    , m_fieldModel(new QStandardItemModel(this))
    , m_filterModel(new QStandardItemModel(this))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabStopDistance(TabWidth * fontMetrics().horizontalAdvance(u' '));
    m_highlighter->trackPalette(this);

    m_validationTimer->setSingleShot(true);
    m_validationTimer->setInterval(DefaultValidationDelay);
    connect(m_validationTimer, &QTimer::timeout, this, &TemplateEditor::validateNow);
    connect(this, &QPlainTextEdit::textChanged, m_validationTimer, qOverload<>(&QTimer::start));

    connect(this, &QPlainTextEdit::blockCountChanged, this, &TemplateEditor::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &TemplateEditor::updateGutter);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this,
            &TemplateEditor::updateExtraSelections);
    updateGutterWidth();

    for (const QString &name : Template::filterNames()) {
        auto *item = new QStandardItem(name);
        item->setData(name, InsertTextRole);
        m_filterModel->appendRow(item);
    }
    rebuildFieldModel();
    m_completer->setWidget(this);
    m_completer->setModel(m_fieldModel);
    m_completer->setCompletionRole(InsertTextRole);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setWrapAround(false);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &TemplateEditor::insertCompletion);

    updateExtraSelections();
}

TemplateEditor::~TemplateEditor() = default;

QStringList TemplateEditor::builtinFields()
{
    return {QStringLiteral("sample_index"),
            QStringLiteral("examples"),
            QStringLiteral("negative_examples"),
            QStringLiteral("rubric"),
            QStringLiteral("scale_max"),
            QStringLiteral("threshold"),
            QStringLiteral("reference"),
            QStringLiteral("output_fields"),
            QStringLiteral("loop")};
}

void TemplateEditor::setKnownFields(const QList<QPair<QString, QString>> &fieldAndSourceStage)
{
    if (m_knownFields == fieldAndSourceStage)
        return;
    m_knownFields = fieldAndSourceStage;
    rebuildFieldModel();
    m_validationTimer->start();
}

void TemplateEditor::rebuildFieldModel()
{
    m_fieldModel->clear();
    QSet<QString> seen;
    const auto add = [&](const QString &field, const QString &stage) {
        if (field.isEmpty() || seen.contains(field))
            return;
        seen.insert(field);
        //: A completion entry: a field name and the stage that adds it
        auto *item = new QStandardItem(tr("%1 — %2").arg(field, stage));
        item->setData(field, InsertTextRole);
        item->setToolTip(tr("Added by %1").arg(stage));
        m_fieldModel->appendRow(item);
    };
    for (const auto &[field, stage] : std::as_const(m_knownFields))
        add(field, stage);
    for (const QString &field : builtinFields())
        add(field, tr("built-in"));
}

int TemplateEditor::validationDelay() const
{
    return m_validationTimer->interval();
}

void TemplateEditor::setValidationDelay(int milliseconds)
{
    m_validationTimer->setInterval(milliseconds);
}

void TemplateEditor::validateNow()
{
    m_validationTimer->stop();
    const Template parsed = Template::parse(toPlainText());
    QList<TemplateError> found = parsed.errors();

    QSet<QString> known;
    for (const auto &[field, stage] : std::as_const(m_knownFields))
        known.insert(rootOf(field));
    for (const QString &field : builtinFields())
        known.insert(field);
    for (const TemplateVariable &variable : parsed.variables()) {
        if (known.contains(variable.name))
            continue;
        TemplateError warning;
        warning.severity = TemplateError::Severity::Warning;
        warning.line = variable.line;
        warning.column = variable.column;
        warning.offset = variable.offset;
        warning.length = variable.length;
        warning.message =
            tr("unknown variable '%1' — no stage before this one adds it").arg(variable.name);
        found.append(warning);
    }
    std::stable_sort(
        found.begin(), found.end(),
        [](const TemplateError &a, const TemplateError &b) { return a.offset < b.offset; });

    const bool changed = found != m_diagnostics;
    m_diagnostics = found;
    rebuildDiagnosticSelections();
    if (changed)
        emit diagnosticsChanged(m_diagnostics);
}

void TemplateEditor::rebuildDiagnosticSelections()
{
    m_diagnosticSelections.clear();
    const int last = document()->characterCount() - 1; // without the final paragraph mark
    const QColor errorColor = PaletteHighlighter::toneFor(0, 220, palette());
    const QColor warningColor = PaletteHighlighter::toneFor(40, 230, palette());
    for (const TemplateError &diagnostic : std::as_const(m_diagnostics)) {
        int start = int(std::clamp<qsizetype>(diagnostic.offset, 0, last));
        int end = int(std::clamp<qsizetype>(diagnostic.offset + diagnostic.length, start, last));
        if (end == start) { // underline something: the character at, or else before, the place
            if (end < last)
                ++end;
            else if (start > 0)
                --start;
        }
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(start);
        selection.cursor.setPosition(end, QTextCursor::KeepAnchor);
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(
            diagnostic.severity == TemplateError::Severity::Error ? errorColor : warningColor);
        selection.format.setToolTip(diagnostic.message);
        m_diagnosticSelections.append(selection);
    }
    updateExtraSelections();
}

void TemplateEditor::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    selections.reserve(m_diagnosticSelections.size() + 1);
    QTextEdit::ExtraSelection line;
    line.format.setBackground(
        blend(palette().color(QPalette::Base), palette().color(QPalette::Highlight), 0.12));
    line.format.setProperty(QTextFormat::FullWidthSelection, true);
    line.cursor = textCursor();
    line.cursor.clearSelection();
    selections.append(line);
    selections.append(m_diagnosticSelections);
    setExtraSelections(selections);
}

QString TemplateEditor::diagnosticAt(int position) const
{
    QStringList messages;
    for (const QTextEdit::ExtraSelection &selection : m_diagnosticSelections) {
        const int start = selection.cursor.selectionStart();
        const int end = selection.cursor.selectionEnd();
        if ((position >= start && position < end) || (start == end && position == start))
            messages.append(selection.format.toolTip());
    }
    return messages.join(u'\n');
}

void TemplateEditor::goTo(int line, int column)
{
    const QTextBlock block = document()->findBlockByNumber(std::max(0, line - 1));
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + std::clamp(column - 1, 0, block.length() - 1));
    setTextCursor(cursor);
    ensureCursorVisible();
    setFocus(Qt::OtherFocusReason);
}

// --- gutter -------------------------------------------------------------------------------

int TemplateEditor::gutterWidth() const
{
    int digits = 1;
    for (int max = std::max(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    return 3 * GutterPadding + fontMetrics().horizontalAdvance(u'9') * digits;
}

void TemplateEditor::updateGutterWidth()
{
    // Setting the same margins again relayouts and repaints the whole editor.
    const int width = gutterWidth();
    if (viewportMargins().left() != width)
        setViewportMargins(width, 0, 0, 0);
}

void TemplateEditor::updateGutter(const QRect &rect, int dy)
{
    if (dy)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateGutterWidth();
}

void TemplateEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect cr = contentsRect();
    m_gutter->setGeometry(QRect(cr.left(), cr.top(), gutterWidth(), cr.height()));
}

void TemplateEditor::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    painter.fillRect(event->rect(), palette().color(QPalette::Window));
    painter.setFont(font());
    const QColor number = palette().color(QPalette::PlaceholderText);
    const QColor current = palette().color(QPalette::Text);
    const int currentBlock = textCursor().blockNumber();

    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    const int width = m_gutter->width() - 2 * GutterPadding;
    const int height = fontMetrics().height();
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            painter.setPen(block.blockNumber() == currentBlock ? current : number);
            painter.drawText(GutterPadding, top, width, height, Qt::AlignRight,
                             QString::number(block.blockNumber() + 1));
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
    }
}

// --- events -------------------------------------------------------------------------------

void TemplateEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        rebuildDiagnosticSelections();
        m_gutter->update();
    } else if (event->type() == QEvent::FontChange) {
        setTabStopDistance(TabWidth * fontMetrics().horizontalAdvance(u' '));
        updateGutterWidth();
    }
}

bool TemplateEditor::viewportEvent(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QPlainTextEdit::viewportEvent(event);
    const auto *help = static_cast<QHelpEvent *>(event);
    // The character under the mouse: cursorForPosition() gives the nearest gap.
    QTextCursor cursor = cursorForPosition(help->pos());
    int position = cursor.position();
    if (position > 0 && cursorRect(cursor).left() > help->pos().x())
        --position;
    const QString text = diagnosticAt(position);
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), text, viewport());
    return true;
}

void TemplateEditor::indentSelection(int direction)
{
    // Every line the selection touches (the cursor's line without one), as one undo step; a
    // line ending exactly at the selection's end is left alone, as in code editors.
    QTextCursor cursor = textCursor();
    const int start = cursor.selectionStart();
    int end = cursor.selectionEnd();
    QTextBlock last = document()->findBlock(end);
    if (cursor.hasSelection() && end == last.position() && last.position() > start)
        last = last.previous();
    QTextCursor edit(document());
    edit.beginEditBlock();
    for (QTextBlock block = document()->findBlock(start); block.isValid(); block = block.next()) {
        if (direction > 0) {
            if (!block.text().isEmpty()) {
                edit.setPosition(block.position());
                edit.insertText(QString(TabWidth, u' '));
            }
        } else {
            const QString text = block.text();
            int remove = 0;
            if (text.startsWith(u'\t'))
                remove = 1;
            else
                while (remove < TabWidth && remove < text.size() && text.at(remove) == u' ')
                    ++remove;
            if (remove > 0) {
                edit.setPosition(block.position());
                edit.setPosition(block.position() + remove, QTextCursor::KeepAnchor);
                edit.removeSelectedText();
            }
        }
        if (block == last)
            break;
    }
    edit.endEditBlock();
}

void TemplateEditor::keyPressEvent(QKeyEvent *event)
{
    const bool popupVisible = m_completer->popup()->isVisible();
    if (popupVisible) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore(); // the completer takes them
            return;
        default:
            break;
        }
    }

    if (event->key() == Qt::Key_Space && (event->modifiers() & Qt::ControlModifier)) {
        const CompletionContext context = completionContext();
        if (context.kind != CompletionKind::None)
            showCompletion(context);
        return;
    }
    if (event->key() == Qt::Key_Tab && !(event->modifiers() & ~Qt::KeypadModifier)) {
        const QTextCursor cursor = textCursor();
        if (cursor.hasSelection() && document()->findBlock(cursor.selectionStart()) !=
                                         document()->findBlock(cursor.selectionEnd())) {
            indentSelection(1);
            return;
        }
        const int column = cursor.positionInBlock();
        insertPlainText(QString(TabWidth - column % TabWidth, u' '));
        return;
    }
    if (event->key() == Qt::Key_Backtab) {
        indentSelection(-1);
        return;
    }

    QPlainTextEdit::keyPressEvent(event);

    const QString typed = event->text();
    if (typed.isEmpty() && !popupVisible)
        return;
    const CompletionContext context = completionContext();
    const bool trigger =
        (context.kind == CompletionKind::Field && typed == u"{" && context.prefix.isEmpty()) ||
        (context.kind == CompletionKind::Filter && typed == u"|");
    if (context.kind != CompletionKind::None &&
        (trigger || (popupVisible && (!context.prefix.isEmpty() || context.atStart))))
        showCompletion(context);
    else if (popupVisible)
        m_completer->popup()->hide();
}

// --- completion ---------------------------------------------------------------------------

TemplateEditor::CompletionContext TemplateEditor::completionContext() const
{
    CompletionContext context;
    const QTextCursor cursor = textCursor();
    if (cursor.hasSelection())
        return context;
    const QString before = cursor.block().text().left(cursor.positionInBlock());
    const qsizetype open = before.lastIndexOf(QLatin1StringView("{{"));
    if (open < 0 || before.lastIndexOf(QLatin1StringView("}}")) > open)
        return context; // not inside an expression
    qsizetype p = before.size();
    while (p > open + 2 && isIdentPart(before.at(p - 1)))
        --p;
    if (p > open + 2 && (before.at(p - 1) == u'.' || before.at(p - 1) == u'['))
        return context; // a member: no completion for it
    if (p < before.size() && before.at(p).isDigit())
        return context;
    qsizetype q = p;
    while (q > open + 2 && before.at(q - 1).isSpace())
        --q;
    const bool filter = q > open + 2 && before.at(q - 1) == u'|';
    context.kind = filter ? CompletionKind::Filter : CompletionKind::Field;
    context.atStart = filter || q == open + 2 || (q == open + 3 && before.at(open + 2) == u'-');
    context.prefix = before.mid(p);
    context.prefixStart = cursor.block().position() + int(p);
    return context;
}

void TemplateEditor::showCompletion(const CompletionContext &context)
{
    if (context.kind != m_completionKind) {
        m_completionKind = context.kind;
        m_completer->setModel(context.kind == CompletionKind::Filter ? m_filterModel
                                                                     : m_fieldModel);
    }
    m_completer->setCompletionPrefix(context.prefix);
    QAbstractItemView *popup = m_completer->popup();
    if (m_completer->completionCount() == 0) {
        popup->hide();
        return;
    }
    popup->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    QRect rect = cursorRect();
    rect.translate(viewport()->geometry().topLeft()); // the completer's widget is the editor
    rect.setWidth(popup->sizeHintForColumn(0) + popup->verticalScrollBar()->sizeHint().width() +
                  2 * popup->frameWidth());
    m_completer->complete(rect);
}

void TemplateEditor::insertCompletion(const QString &text)
{
    const CompletionContext context = completionContext();
    if (context.kind == CompletionKind::None)
        return;
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    cursor.setPosition(context.prefixStart);
    cursor.setPosition(textCursor().position(), QTextCursor::KeepAnchor);
    const QString before =
        cursor.block().text().left(cursor.selectionStart() - cursor.block().position());
    const QChar previous = before.isEmpty() ? QChar() : before.back();
    const bool space = previous == u'{' || previous == u'|' || previous == u'-';
    cursor.insertText(space ? u' ' + text : text);
    const QString after = cursor.block().text().mid(cursor.positionInBlock());
    const qsizetype close = after.indexOf(QLatin1StringView("}}"));
    const qsizetype nextOpen = after.indexOf(QLatin1StringView("{{"));
    const bool closed = close >= 0 && (nextOpen < 0 || close < nextOpen);
    if (!closed) {
        cursor.insertText(QStringLiteral(" }}"));
    } else if (after.startsWith(u'}') || after.startsWith(u'-')) {
        cursor.insertText(QStringLiteral(" "));
        cursor.movePosition(QTextCursor::PreviousCharacter);
    }
    cursor.endEditBlock();
    setTextCursor(cursor);
}

// --- TemplateProblemsModel ----------------------------------------------------------------

TemplateProblemsModel::TemplateProblemsModel(TemplateEditor *editor, QObject *parent)
    : QAbstractListModel(parent)
    , m_editor(editor)
{
    if (!editor)
        return;
    m_problems = editor->diagnostics();
    connect(editor, &TemplateEditor::diagnosticsChanged, this, &TemplateProblemsModel::setProblems);
    connect(editor, &QObject::destroyed, this, [this] { setProblems({}); });
}

void TemplateProblemsModel::setProblems(const QList<TemplateError> &problems)
{
    beginResetModel();
    m_problems = problems;
    endResetModel();
}

int TemplateProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

QVariant TemplateProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TemplateError &problem = m_problems.at(index.row());
    const bool error = problem.severity == TemplateError::Severity::Error;
    switch (role) {
    case Qt::DisplayRole:
        //: A problem in a template: line:column, then the message
        return tr("%1:%2  %3").arg(problem.line).arg(problem.column).arg(problem.message);
    case Qt::ToolTipRole:
        return problem.toString();
    case Qt::DecorationRole:
        return QApplication::style()->standardIcon(error ? QStyle::SP_MessageBoxCritical
                                                         : QStyle::SP_MessageBoxWarning);
    case LineRole:
        return problem.line;
    case ColumnRole:
        return problem.column;
    case SeverityRole:
        return int(problem.severity);
    default:
        return {};
    }
}

void TemplateProblemsModel::activate(const QModelIndex &index)
{
    if (!m_editor || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return;
    const TemplateError &problem = m_problems.at(index.row());
    m_editor->goTo(problem.line, problem.column);
}

} // namespace Seedbed
