#pragma once

#include <QString>
#include <QStringList>
#include <QWidget>

#include <memory>

class QAbstractButton;
class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QStandardItem;
class QStandardItemModel;
class QTableView;
class QTimer;
class QToolButton;

namespace Seedbed {

class JsonHighlighter;

/*! \brief Edits a JSON Schema for structured output: a table of fields for simple flat
    schemas, the JSON text for everything else.

    The text is the value of a stage setting such as generate's "outputSchema" or
    rule_filter's "schema"; empty means no schema.

    \section1 The two modes
    "Fields" shows one row per property: name, type (string, integer, number, boolean,
    "one of…" — an enum of strings — or a list of strings), the values of an enum, whether
    the field is required, and a description. Every edit there rewrites the whole schema as
    \code
    {"type": "object", "properties": {…}, "required": […], "additionalProperties": false}
    \endcode
    in a fixed, 2-space indented form (canonicalText()), with the properties in row order, and
    emits edited() at once. A top-level "$schema", "title" and "description" and an
    "additionalProperties" of true or left out (the "Allow other fields" check) are kept.
    Removing the last field of a schema that has nothing else empties the text.

    "JSON" is a highlighted text editor with the parse error, or the JsonSchema error, below
    it. Typing emits edited() after a pause (commitDelay()), when the editor loses the focus
    and on commit(); the text is emitted as typed, valid or not, so that no typing is lost.
    The editor's own undo works while typing; the owner's undo stack gets one command per
    edited().

    The form is offered only for a schema it can show completely (isFormAvailable()): an
    object schema whose properties use the types above with at most a description and, for
    strings, an enum. For any other schema, and for text that is not valid JSON, the editor
    stays in JSON mode, says why above the text (formUnavailableReason()) and refuses to switch
    to the form; it never rewrites such text.

    The form refuses to write a schema with an empty or repeated field name, or an enum
    without values: it marks the cell, says what is wrong and emits nothing until fixed. */
class SchemaEditor : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Fields, Json };

    explicit SchemaEditor(QWidget *parent = nullptr);
    /*! Emits nothing: the owner calls commit() first to keep typing still pending. */
    ~SchemaEditor() override;

    /*! The schema text: the last text set or emitted. */
    QString text() const { return m_text; }
    /*! Shows \a text; never emits edited(). Does nothing when \a text equals text(), so the
        cursor stays where it is when the owner echoes an edit back. Shows the form when it
        can show \a text, unless the user chose the JSON mode. */
    void setText(const QString &text);

    Mode mode() const { return m_mode; }
    /*! Switches to \a mode; returns false, and stays in JSON mode with the reason shown,
        when the form cannot show the text. Switching commits pending JSON typing first. */
    bool setMode(Mode mode);

    /*! Whether the form can show the current text (committed or being typed). */
    bool isFormAvailable() const;
    /*! Why the form cannot show the current text, in a sentence; empty when it can. */
    QString formUnavailableReason() const;
    /*! The problem shown below the JSON text or below the form, empty when there is none. */
    QString problem() const;

    /*! The pause after typing in the JSON editor before edited() is emitted, in ms (400). */
    int commitDelay() const;
    void setCommitDelay(int milliseconds);

    /*! The form's table and the JSON editor, not owned by the caller. */
    QTableView *fieldTable() const { return m_table; }
    QPlainTextEdit *jsonEditor() const { return m_json; }

public slots:
    /*! Emits pending typing in the JSON editor, or the open cell editor's value in the form,
        now instead of after the pause. */
    void commit();

signals:
    /*! The user changed the schema to \a text. */
    void edited(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Field;
    struct Flat;
    struct Analysis;

    static Analysis analyze(const QString &text);
    static QString canonicalText(const Flat &schema);

    void showMode(Mode mode);
    void populateForm(const Flat &schema);
    QList<Field> readFields() const;
    void writeForm(const QList<Field> &fields, int currentRow);
    void onItemChanged(QStandardItem *item);
    bool validateForm(const QList<Field> &fields);
    void onFormChanged();
    void addField();
    void removeField();
    void moveField(int delta);
    void updateButtons();
    void onJsonChanged();
    void setJsonText(const QString &text);
    void updateJsonStatus(const Analysis &analysis);
    void updateColors();
    void setNotice(const QString &text);
    void setValuesCellEnabled(int row, bool isEnum);

    QString m_text;
    Mode m_mode = Mode::Fields;
    bool m_preferJson = false; //!< the user chose the JSON mode
    bool m_formStale = true;   //!< the form does not show m_text
    bool m_jsonDirty = false;  //!< the JSON editor holds typing not yet emitted
    bool m_updating = false;   //!< the widget itself is changing the model or the editor
    QString m_jsonProblem;     //!< the error shown below the JSON editor
    bool m_jsonProblemIsError = false;
    QString m_formProblem; //!< the error shown below the table
    std::unique_ptr<Flat> m_formExtras;

    QAbstractButton *m_fieldsButton;
    QAbstractButton *m_jsonButton;
    QLabel *m_notice;
    QStackedWidget *m_stack;
    QStandardItemModel *m_model;
    QTableView *m_table;
    QPushButton *m_addButton;
    QToolButton *m_removeButton;
    QToolButton *m_upButton;
    QToolButton *m_downButton;
    QCheckBox *m_allowOthers;
    QLabel *m_emptyHint;
    QLabel *m_formMessage;
    QPlainTextEdit *m_json;
    JsonHighlighter *m_highlighter;
    QLabel *m_jsonStatus;
    QTimer *m_commitTimer;
};

} // namespace Seedbed
