#pragma once

#include "models/run/preview.h"

#include <QList>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUuid>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace Seedbed {

namespace Llm {
class CredentialLoader;
}

class PreviewBoard;
class ProjectDocument;

/*! \brief The Preview dock: runs the selected LLM stage (generate or judge) on a few input
    rows with a Run::PreviewEngine and shows its samples as they stream in, with the verdicts
    of the judges and filters downstream; optionally side by side with a variant B that differs
    in prompt version, model or temperature.

    The dock reads profiles and keys itself (Llm::CredentialLoader) when Preview is pressed.
    Engine updates are relayed to the cards at most every coalesceMs, so that many streaming
    samples do not keep the GUI busy. */
class PreviewDock : public QWidget
{
    Q_OBJECT

public:
    /*! The text of a prompt template. */
    struct PromptText
    {
        QString system;
        QString user;
    };
    /*! Gives the current, possibly unsaved, prompt text of \a stage; nothing: the graph's. */
    using PromptTextProvider = std::function<std::optional<PromptText>(const QUuid &stage)>;

    static constexpr int coalesceMs = 30;

    explicit PreviewDock(QWidget *parent = nullptr);
    ~PreviewDock() override;

    /*! The project whose stages are previewed; not owned, and must outlive the dock or be
        replaced (null) before it goes. A preview in progress is stopped. */
    void setDocument(ProjectDocument *document);
    /*! The stage to preview; the hint explains when it is not an LLM stage. */
    void setStage(const QUuid &stage);
    /*! setStage() for a canvas selection: a stage when exactly one is selected. */
    void setSelection(const QList<QUuid> &ids);
    QUuid stage() const { return m_stage; }
    /*! Where the prompt text being edited comes from (the inspector's editor); by default,
        the graph's. */
    void setPromptTextProvider(PromptTextProvider provider) { m_promptText = std::move(provider); }

    /*! Preview (Ctrl+Return, Ctrl+Enter): for the main window's Run menu. */
    QAction *previewAction() const { return m_previewAction; }
    /*! Stop (Esc inside the dock). */
    QAction *stopAction() const { return m_stopAction; }
    Run::PreviewEngine *engine() const { return m_engine; }
    Llm::CredentialLoader *credentialLoader() const { return m_credentials; }
    PreviewBoard *board() const { return m_board; }

    /*! Whether Preview can be pressed: a project and an LLM stage. */
    bool canPreview() const;
    /*! Whether keys are being read or the engine runs. */
    bool isBusy() const { return m_phase != Phase::Idle; }
    /*! The seed of the random rows of the last preview (0 before the first). */
    quint32 seed() const { return m_seed; }

public Q_SLOTS:
    /*! Previews on the first rows, or on new random rows. */
    void preview();
    /*! Previews again on the rows of the last preview (the same seed). */
    void previewSameRows();
    void stop();

Q_SIGNALS:
    /*! A preview ended, was stopped, or could not start. */
    void previewFinished();
    /*! The user asked for the provider settings (after a problem with a profile or key). */
    void providerSettingsRequested();
    /*! canPreview() may have changed. */
    void canPreviewChanged(bool can);

private:
    enum class Phase { Idle, ReadingKeys, Running };

    void createControls();
    void start();
    void launch(const QList<Llm::ProviderProfile> &profiles,
                const QHash<QString, QByteArray> &keys);
    QList<Stage> stagesNeedingProfiles() const;
    QList<Run::PreviewVariant> variants(QStringList *titles) const;
    void showProblems(const QString &heading, const QStringList &problems, bool offerSettings);
    void updateHint();
    void updateVersions();
    void updateControls();
    void updateStatus();
    void clearStatus();
    void markChanged(int index);
    void flush();
    void engineReset();
    void engineFinished();

    QPointer<ProjectDocument> m_document;
    QUuid m_stage;
    PromptTextProvider m_promptText;
    Run::PreviewEngine *m_engine;
    Llm::CredentialLoader *m_credentials;
    Phase m_phase = Phase::Idle;
    quint32 m_seed = 0;
    bool m_randomUsed = false; // the last preview was on random rows
    QStringList m_titles;      // of the columns being previewed
    QSet<int> m_dirty;         // cards changed since the last flush
    QTimer m_flushTimer;

    QAction *m_previewAction;
    QAction *m_stopAction;
    QSpinBox *m_rows = nullptr;
    QComboBox *m_rowChoice = nullptr;
    QLabel *m_seedLabel = nullptr;
    QPushButton *m_sameRows = nullptr;
    QToolButton *m_abToggle = nullptr;
    QWidget *m_variantB = nullptr;
    QComboBox *m_version = nullptr;
    QLineEdit *m_model = nullptr;
    QDoubleSpinBox *m_temperature = nullptr;
    QLabel *m_hint = nullptr;
    QWidget *m_problems = nullptr;
    QLabel *m_problemLabel = nullptr;
    QPushButton *m_settingsButton = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_notice = nullptr;
    PreviewBoard *m_board = nullptr;
};

} // namespace Seedbed
