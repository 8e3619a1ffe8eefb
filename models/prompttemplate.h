#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

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
};

} // namespace Seedbed
