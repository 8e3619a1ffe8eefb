#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <algorithm>

namespace Seedbed {

/*! \brief A saved snapshot of a prompt template, kept so that earlier wording can be compared
    and restored. */
struct PromptVersion
{
    int number = 0;
    QDateTime savedAt; //!< UTC
    QString note;
    QString system;
    QString user;

    friend bool operator==(const PromptVersion &, const PromptVersion &) = default;
};

/*! The parts of a template that are edited one at a time; Versions when a version is saved. */
enum class TemplatePart { Name, System, User, Versions };

/*! \brief A prompt template of the project: a system and a user template and their saved
    versions. Stages refer to it by id. */
struct PromptTemplate
{
    QUuid id;
    QString name;
    QString system;
    QString user;
    QList<PromptVersion> versions;

    friend bool operator==(const PromptTemplate &, const PromptTemplate &) = default;

    /*! The number the next saved version gets. */
    int nextVersionNumber() const
    {
        int number = 0;
        for (const PromptVersion &v : versions)
            number = std::max(number, v.number);
        return number + 1;
    }
    /*! The latest saved version whose text is the current text, or nullptr. */
    const PromptVersion *currentVersion() const
    {
        const PromptVersion *found = nullptr;
        for (const PromptVersion &v : versions) {
            if (v.system == system && v.user == user && (!found || v.number > found->number))
                found = &v;
        }
        return found;
    }
    const QString &part(TemplatePart which) const
    {
        return which == TemplatePart::Name ? name : which == TemplatePart::System ? system : user;
    }
};

} // namespace Seedbed
