#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

#include <functional>

namespace Seedbed {

/*! \brief The broad groups of stages, in the order the palette shows them. */
enum class StageCategory { Source, Generator, Quality, Mixing, Export };

/*! \brief The value kinds a stage setting can hold; forms pick an editor from it. */
enum class SettingType {
    String,     //!< one line of text
    Text,       //!< several lines of text
    Integer,    //!< whole number within [minimum, maximum]
    Real,       //!< decimal number within [minimum, maximum]
    Boolean,    //!< on / off
    Choice,     //!< one of \c choices
    StringList, //!< a list of strings, one per line in forms
    Table,      //!< a list of rows (QVariantMap per row)
    FilePath,   //!< a path, relative to the project folder when inside it
    Template,   //!< the id of a prompt template of the project
};

/*! \brief One setting of a stage type: its schema, from which forms and validation are derived.
    Labels and help are untranslated source strings; use label() and help() to show them. */
struct SettingDef
{
    QString key;
    const char *labelSource = "";
    SettingType type = SettingType::String;
    QVariant defaultValue;
    QVariant minimum;
    QVariant maximum;
    QStringList choices;
    const char *helpSource = "";
    bool required = false;

    QString label() const;
    QString help() const;
    /*! The translated text shown for choice \a value. */
    static QString choiceLabel(const QString &value);
};

/*! \brief An input port. Every stage but the export has a single output port, "out". */
struct PortDef
{
    QString id;
    const char *labelSource = "";
    bool required = true;
    bool multiple = false; //!< accepts several incoming edges

    QString label() const;
};

/*! \brief The definition of a stage type: what the palette, inspector and validator know. */
struct StageType
{
    QString id;
    const char *nameSource = "";
    const char *descriptionSource = "";
    StageCategory category = StageCategory::Source;
    QString icon; //!< resource path of an SVG icon
    QList<PortDef> inputs;
    bool hasOutput = true;
    /*! Fields this stage adds to the records flowing through it, for given settings. */
    std::function<QStringList(const QVariantMap &settings)> fieldsAdded;
    QList<SettingDef> settings;
    /*! Checks across several settings; returns messages for the user, empty when fine. */
    std::function<QStringList(const QVariantMap &settings)> check;

    QString displayName() const;
    QString description() const;
    const SettingDef *setting(const QString &key) const;
    const PortDef *input(const QString &portId) const;
    /*! Settings of a freshly added stage: every default. */
    QVariantMap defaultSettings() const;
    /*! \a settings completed with the defaults of the settings they lack: what the stage's
        logic sees. */
    QVariantMap settingsWithDefaults(const QVariantMap &settings) const;
    QStringList addedFields(const QVariantMap &settings) const;
};

QString categoryName(StageCategory category);

} // namespace Seedbed
