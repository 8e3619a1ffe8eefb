#pragma once

#include "models/llm/providerprofile.h"
#include "models/stagetype.h"

#include <QUuid>

#include <QVariant>
#include <QWidget>

#include <functional>

class QLabel;
class QTimer;

namespace Seedbed {

class PipelineGraph;

/*! \brief An editor for one stage setting, generated from its SettingDef: a spin box for an
    Integer, a combo box for a Choice, a small table for a Table… The widget that holds the
    value (QSpinBox, QComboBox, QTableWidget, the QLineEdit of a path…) is named after the
    setting key, so that tests and style sheets can find it.

    edited() is emitted for the user's changes only, with a value of the type the schema
    asks for (int, double, bool, QString, QStringList, QVariantList of QVariantMap).
    setValue() never emits. Text is committed after a short pause in typing, on focus-out
    and on commit(), not on every keystroke. */
class SettingEditor : public QWidget
{
    Q_OBJECT

public:
    /*! What an editor may need beyond its SettingDef. */
    struct Context
    {
        const PipelineGraph *graph = nullptr; //!< for the Template editor; not owned
        const StageType *type = nullptr;      //!< the type the setting belongs to
        QString projectFolder;                //!< for FilePath editors; may be empty
        QUuid stage;                          //!< the stage being edited
        /*! Offered by the provider and model editors; the model editor lists the models of
            the stage's profile. */
        QList<Llm::ProviderProfile> profiles;
        /*! Opens the provider profiles (a button beside provider and model); may be empty. */
        std::function<void()> manageProviders;
    };

    /*! Creates the editor that fits \a def.type. \a context.graph must outlive the editor. */
    static SettingEditor *create(const SettingDef &def, const Context &context,
                                 QWidget *parent = nullptr);

    /*! \a path as stored in a project: relative to \a projectFolder when inside it, with '/'
        separators; otherwise absolute and cleaned. */
    static QString projectRelativePath(const QString &path, const QString &projectFolder);

    QString key() const { return m_def.key; }
    const SettingDef &definition() const { return m_def; }
    /*! The widget that holds the value; its object name is the setting key. */
    QWidget *input() const { return m_input; }

    /*! Shows \a value without emitting edited(). An editor that already shows \a value is
        left alone, so that the cursor and a half-typed line survive an echo of the user's
        own edit; a different value replaces a pending, uncommitted edit. */
    void setValue(const QVariant &value);
    /*! The value the editor shows now, in the schema's type. */
    virtual QVariant value() const = 0;
    /*! Emits edited() at once for a pending edit, if any: idle text, unconfirmed spin box
        text, an open table cell. */
    void commit();
    /*! Re-reads choices that come from the graph (the prompt templates). */
    virtual void refreshChoices() {}

    /*! Shows the validation messages that concern this setting beneath the editor. */
    void setIssues(const QStringList &errors, const QStringList &warnings);
    QString issueText() const;

signals:
    void edited(const QVariant &value);

protected:
    SettingEditor(const SettingDef &def, QWidget *parent);

    /*! Puts \a content (or \a input itself) into the editor and makes \a input the focus
        proxy. Text inputs commit on focus-out; spin boxes and combo boxes ignore the mouse
        wheel unless focused, so that scrolling the form does not change values. */
    void setInput(QWidget *input, QWidget *content = nullptr);
    /*! Puts \a value into the widgets; signals of input() are blocked meanwhile. */
    virtual void showValue(const QVariant &value) = 0;
    /*! Takes input that is typed but not yet confirmed (spin box text, an open table cell),
        so that commit() does not lose it. */
    virtual void flushInput() {}
    /*! What the graph holds, as last set or emitted. */
    const QVariant &current() const { return m_current; }
    /*! Emits edited(value()) when it differs from what the graph holds. */
    void emitIfChanged();
    /*! Called by text inputs on every keystroke: commits after a short pause. */
    void scheduleCommit();

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    SettingDef m_def;
    QWidget *m_input = nullptr;
    QLabel *m_issueLabel = nullptr;
    QVariant m_current;
    QTimer *m_idleTimer = nullptr;
    bool m_showing = false;
};

} // namespace Seedbed
