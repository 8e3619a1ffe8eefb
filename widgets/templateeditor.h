#pragma once

#include "models/template/templateerror.h"

#include <QAbstractListModel>
#include <QList>
#include <QPair>
#include <QPlainTextEdit>
#include <QPointer>
#include <QStringList>

class QCompleter;
class QStandardItemModel;
class QStringListModel;
class QTimer;

namespace Seedbed {

class TemplateEditorGutter;
class TemplateHighlighter;

/*! \brief A plain text editor for prompt templates: line numbers, a monospace font, syntax
    highlighting (TemplateHighlighter), diagnostics as you type and completion of fields
    and filters.

    Diagnostics: a short pause after an edit (validationDelay()) the text is parsed with
    Template::parse(); parse errors and references to fields that no earlier stage provides
    (see setKnownFields()) are underlined with a wavy line, red for errors and amber for
    unknown variables, explained in a tooltip and announced by diagnosticsChanged().

    Completion: typing `{{`, or Ctrl+Space inside `{{ … }}`, offers the known fields with
    the stage that adds each; after `|` inside `{{ … }}` it offers Template::filterNames().
    Accepting a field inserts its name and, when the expression is not closed yet, ` }}`.

    Tab indents every line of a selection spanning lines, Shift+Tab outdents the selected
    lines (or the cursor's), each as one undo step. */
class TemplateEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    /*! The item data role of the completion models that holds the text to insert. */
    static constexpr int InsertTextRole = Qt::UserRole + 1;

    explicit TemplateEditor(QWidget *parent = nullptr);
    ~TemplateEditor() override;

    /*! Sets the fields that the stages before this one add, as (field, stage name) pairs,
        for completion and for the unknown-variable check; builtinFields() are always
        known. Re-validates after validationDelay(). */
    void setKnownFields(const QList<QPair<QString, QString>> &fieldAndSourceStage);
    QList<QPair<QString, QString>> knownFields() const { return m_knownFields; }
    /*! The fields the runner provides to every template: sample_index, examples, … */
    static QStringList builtinFields();

    /*! The problems found by the last validation, in source order: the parse errors
        (Severity::Error) and the unknown variables (Severity::Warning). */
    QList<TemplateError> diagnostics() const { return m_diagnostics; }
    /*! The message of the diagnostic at document position \a position, or an empty
        string; follows edits made since the last validation. */
    QString diagnosticAt(int position) const;

    /*! The pause after an edit before re-validating, in ms (150 by default). */
    int validationDelay() const;
    void setValidationDelay(int milliseconds);
    /*! Validates now instead of after the pause. */
    void validateNow();

    /*! Moves the cursor to 1-based \a line and \a column, shows it and takes the focus. */
    void goTo(int line, int column);

    /*! Not owned by the caller. */
    TemplateHighlighter *highlighter() const { return m_highlighter; }
    /*! The completer; its popup lists the fields or filters. Not owned by the caller. */
    QCompleter *completer() const { return m_completer; }

    /*! The width the line number gutter needs for the current line count. */
    int gutterWidth() const;

signals:
    /*! Emitted after a validation that changed diagnostics(). */
    void diagnosticsChanged(const QList<Seedbed::TemplateError> &diagnostics);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    friend class TemplateEditorGutter;

    enum class CompletionKind { None, Field, Filter };
    struct CompletionContext
    {
        CompletionKind kind = CompletionKind::None;
        int prefixStart = 0; //!< document position where the typed prefix starts
        QString prefix;
        bool atStart = false; //!< nothing but white space between `{{` or `|` and the prefix
    };

    /*! Indents (\a direction 1) or outdents (-1) the lines the selection touches. */
    void indentSelection(int direction);
    void paintGutter(QPaintEvent *event);
    void updateGutterWidth();
    void updateGutter(const QRect &rect, int dy);
    void updateExtraSelections();
    void rebuildDiagnosticSelections();
    void rebuildFieldModel();
    CompletionContext completionContext() const;
    void showCompletion(const CompletionContext &context);
    void insertCompletion(const QString &text);

    TemplateEditorGutter *m_gutter;
    TemplateHighlighter *m_highlighter;
    QTimer *m_validationTimer;
    QCompleter *m_completer;
    QStandardItemModel *m_fieldModel;
    QStandardItemModel *m_filterModel;
    CompletionKind m_completionKind = CompletionKind::None;
    QList<QPair<QString, QString>> m_knownFields;
    QList<TemplateError> m_diagnostics;
    QList<QTextEdit::ExtraSelection> m_diagnosticSelections; //!< parallel to m_diagnostics
};

/*! \brief The diagnostics of a TemplateEditor as a list, "line:column  message" per row,
    for a problems view; activate() moves the editor's cursor to a problem.

    The editor is not owned and may be destroyed first; the model then empties. */
class TemplateProblemsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles {
        LineRole = Qt::UserRole + 1, //!< int, 1-based
        ColumnRole,                  //!< int, 1-based
        SeverityRole,                //!< int, a TemplateError::Severity
    };

    explicit TemplateProblemsModel(TemplateEditor *editor, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    TemplateError problem(int row) const { return m_problems.value(row); }
    /*! Moves the editor to the problem at \a index; connect a view's activated() or
        clicked() here. */
    void activate(const QModelIndex &index);

private:
    void setProblems(const QList<TemplateError> &problems);

    QPointer<TemplateEditor> m_editor;
    QList<TemplateError> m_problems;
};

} // namespace Seedbed
