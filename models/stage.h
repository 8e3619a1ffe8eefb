#pragma once

#include <QMetaType>
#include <QPointF>
#include <QString>
#include <QUuid>
#include <QVariantMap>

namespace Seedbed {

/*! \brief A node of the pipeline: an instance of a stage type with its own settings.
    A plain value; the PipelineGraph holds the authoritative copies. */
struct Stage
{
    QUuid id;
    QString type; //!< a StageRegistry type id
    QString name;
    QPointF position;
    QVariantMap settings;

    friend bool operator==(const Stage &, const Stage &) = default;
};

/*! \brief A connection from a stage's output to an input port of another stage. */
struct Edge
{
    QUuid from;
    QUuid to;
    QString toPort;

    friend bool operator==(const Edge &, const Edge &) = default;
    friend bool operator<(const Edge &a, const Edge &b)
    {
        if (a.from != b.from)
            return a.from < b.from;
        if (a.to != b.to)
            return a.to < b.to;
        return a.toPort < b.toPort;
    }
};

inline size_t qHash(const Edge &edge, size_t seed = 0)
{
    return qHashMulti(seed, edge.from, edge.to, edge.toPort);
}

} // namespace Seedbed

Q_DECLARE_METATYPE(Seedbed::Stage)
Q_DECLARE_METATYPE(Seedbed::Edge)
