#include "widgets/stageitem.h"

#include "models/stagetype.h"

#include <QFile>
#include <QGraphicsScene>
#include <QGraphicsSceneHoverEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QStyleOptionGraphicsItem>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace Seedbed {

namespace {
constexpr qreal cornerRadius = 8;
constexpr qreal stripeHeight = 5;
constexpr qreal iconSize = 28;
constexpr qreal badgeRadius = 8;
constexpr qreal footerPadding = 8;

QColor categoryColor(const StageType *type)
{
    if (!type)
        return QColor(0x9e, 0x9e, 0x9e);
    switch (type->category) {
    case StageCategory::Source:
        return QColor(0x43, 0xa0, 0x47);
    case StageCategory::Generator:
        return QColor(0x1e, 0x88, 0xe5);
    case StageCategory::Quality:
        return QColor(0xfb, 0x8c, 0x00);
    case StageCategory::Mixing:
        return QColor(0x8e, 0x24, 0xaa);
    case StageCategory::Export:
        return QColor(0x54, 0x6e, 0x7a);
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

QColor errorColor()
{
    return QColor(0xd3, 0x2f, 0x2f);
}

QColor warningColor()
{
    return QColor(0xf0, 0xa2, 0x02);
}

QColor acceptColor()
{
    return QColor(0x2e, 0x9d, 0x4f);
}

// Palette-relative tints keep the card readable in light and dark themes alike.
QColor blend(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

qreal distance(const QPointF &a, const QPointF &b)
{
    const QPointF d = a - b;
    return std::sqrt(QPointF::dotProduct(d, d));
}
} // namespace

StageItem::StageItem(const QUuid &id, const StageType *type, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_id(id)
    , m_type(type)
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    // Without the icon file (or with a broken one) a lettered tile stands in.
    if (m_type && !m_type->icon.isEmpty() && QFile::exists(m_type->icon)) {
        m_icon = QIcon(m_type->icon);
        m_hasIcon = !m_icon.pixmap(QSize(int(iconSize), int(iconSize))).isNull();
    }
    updateToolTip();
}

void StageItem::setName(const QString &name)
{
    if (m_name == name)
        return;
    m_name = name;
    update();
}

void StageItem::setValidationIssues(const QList<ValidationIssue> &issues)
{
    if (m_issues == issues)
        return;
    m_issues = issues;
    updateToolTip();
    update();
}

bool StageItem::hasErrors() const
{
    return std::any_of(m_issues.cbegin(), m_issues.cend(), [](const ValidationIssue &issue) {
        return issue.severity == ValidationIssue::Error;
    });
}

bool StageItem::hasWarnings() const
{
    return std::any_of(m_issues.cbegin(), m_issues.cend(), [](const ValidationIssue &issue) {
        return issue.severity == ValidationIssue::Warning;
    });
}

QRectF StageItem::cardRect() const
{
    const qsizetype inputs = m_type ? m_type->inputs.size() : 0;
    const qsizetype rows = std::max<qsizetype>(inputs, hasOutput() ? 1 : 0);
    const qreal height = headerHeight + (rows > 0 ? rows * portRowHeight + footerPadding : 0);
    return QRectF(0, 0, cardWidth, height);
}

bool StageItem::hasOutput() const
{
    return m_type && m_type->hasOutput;
}

QStringList StageItem::inputPortIds() const
{
    QStringList ids;
    if (m_type) {
        for (const PortDef &port : m_type->inputs)
            ids.append(port.id);
    }
    return ids;
}

QPointF StageItem::outputPortPos() const
{
    return QPointF(cardWidth, headerHeight + portRowHeight / 2);
}

QPointF StageItem::inputPortPos(const QString &portId) const
{
    const qsizetype row = inputPortIds().indexOf(portId);
    if (row < 0)
        return QPointF(0, headerHeight / 2);
    return QPointF(0, headerHeight + row * portRowHeight + portRowHeight / 2);
}

QString StageItem::inputPortAt(const QPointF &scenePos) const
{
    const QPointF local = mapFromScene(scenePos);
    for (const QString &port : inputPortIds()) {
        if (distance(local, inputPortPos(port)) <= portHitRadius)
            return port;
    }
    return QString();
}

bool StageItem::isOverOutputPort(const QPointF &scenePos) const
{
    return hasOutput() && distance(mapFromScene(scenePos), outputPortPos()) <= portHitRadius;
}

void StageItem::setDropTarget(const QString &portId, bool acceptable)
{
    if (m_dropPort == portId && m_dropAcceptable == acceptable)
        return;
    m_dropPort = portId;
    m_dropAcceptable = acceptable;
    update();
}

QRectF StageItem::boundingRect() const
{
    // Ports sit on the card's edges and stick out; the selection border is drawn outside.
    return cardRect().adjusted(-portHitRadius, -2, portHitRadius, 2);
}

QPainterPath StageItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(cardRect(), cornerRadius, cornerRadius);
    const auto addPort = [&path](const QPointF &centre) {
        path.addEllipse(centre, portHitRadius, portHitRadius);
    };
    for (const QString &port : inputPortIds())
        addPort(inputPortPos(port));
    if (hasOutput())
        addPort(outputPortPos());
    path.setFillRule(Qt::WindingFill);
    return path;
}

StageItem::PortState StageItem::inputPortState(const QString &portId) const
{
    if (!m_dropPort.isEmpty() && m_dropPort == portId)
        return m_dropAcceptable ? PortState::DropAccepted : PortState::DropRefused;
    return m_hoveredInput == portId ? PortState::Hovered : PortState::Normal;
}

void StageItem::paintPort(QPainter *painter, const QPointF &centre, PortState state,
                          const QPalette &palette, const QColor &accent) const
{
    QColor fill = palette.color(QPalette::Base);
    qreal radius = portRadius;
    switch (state) {
    case PortState::Normal:
        break;
    case PortState::Hovered:
        fill = accent;
        radius += 1.5;
        break;
    case PortState::DropAccepted:
        fill = acceptColor();
        radius += 2;
        break;
    case PortState::DropRefused:
        fill = errorColor();
        radius += 2;
        break;
    }
    painter->setPen(QPen(accent, 2));
    painter->setBrush(fill);
    painter->drawEllipse(centre, radius, radius);
}

void StageItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(option)
    const QPalette palette =
        widget ? widget->palette() : (scene() ? scene()->palette() : QPalette());
    const QColor accent = categoryColor(m_type);
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const QColor secondaryText = blend(text, base, 0.4);
    const QRectF card = cardRect();

    painter->setRenderHint(QPainter::Antialiasing);

    QPainterPath cardPath;
    cardPath.addRoundedRect(card, cornerRadius, cornerRadius);
    painter->fillPath(cardPath, base);

    // Category stripe across the top, clipped to the rounded corners.
    painter->save();
    painter->setClipPath(cardPath);
    painter->fillRect(QRectF(0, 0, cardWidth, stripeHeight), accent);
    painter->restore();

    const bool selected = isSelected();
    painter->setBrush(Qt::NoBrush);
    painter->setPen(selected ? QPen(palette.color(QPalette::Highlight), 2.5)
                             : QPen(blend(text, base, 0.75), 1));
    painter->drawPath(cardPath);

    // Icon, or a lettered tile while the type has no icon file.
    const QRectF iconRect(12, stripeHeight + (headerHeight - stripeHeight - iconSize) / 2, iconSize,
                          iconSize);
    if (m_hasIcon) {
        m_icon.paint(painter, iconRect.toRect());
    } else {
        painter->setPen(Qt::NoPen);
        painter->setBrush(blend(accent, base, 0.75));
        painter->drawRoundedRect(iconRect, 6, 6);
        const QString letter = m_type ? m_type->displayName().left(1) : QStringLiteral("?");
        QFont letterFont = painter->font();
        letterFont.setBold(true);
        painter->setFont(letterFont);
        painter->setPen(accent);
        painter->drawText(iconRect, Qt::AlignCenter, letter);
    }

    // Name and type, leaving room for the validation badge on the right.
    const qreal textLeft = iconRect.right() + 10;
    const qreal textWidth = cardWidth - textLeft - 2 * badgeRadius - 14;
    QFont nameFont = widget ? widget->font() : painter->font();
    nameFont.setBold(true);
    const QFontMetricsF nameMetrics(nameFont);
    QFont typeFont = widget ? widget->font() : painter->font();
    if (typeFont.pointSizeF() > 0)
        typeFont.setPointSizeF(typeFont.pointSizeF() * 0.85);
    const QFontMetricsF typeMetrics(typeFont);
    const qreal textHeight = nameMetrics.height() + 2 + typeMetrics.height();
    const qreal textTop = stripeHeight + (headerHeight - stripeHeight - textHeight) / 2;

    painter->setFont(nameFont);
    painter->setPen(text);
    painter->drawText(QRectF(textLeft, textTop, textWidth, nameMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      nameMetrics.elidedText(m_name, Qt::ElideRight, textWidth));
    const QString typeName = m_type ? m_type->displayName() : tr("Unknown stage type");
    painter->setFont(typeFont);
    painter->setPen(secondaryText);
    painter->drawText(
        QRectF(textLeft, textTop + nameMetrics.height() + 2, textWidth, typeMetrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        typeMetrics.elidedText(typeName, Qt::ElideRight, textWidth));

    // Validation badge: red for errors, amber for warnings only.
    if (!m_issues.isEmpty()) {
        const QPointF centre(cardWidth - badgeRadius - 10, headerHeight / 2 + stripeHeight / 2);
        painter->setPen(Qt::NoPen);
        painter->setBrush(hasErrors() ? errorColor() : warningColor());
        painter->drawEllipse(centre, badgeRadius, badgeRadius);
        QFont badgeFont = typeFont;
        badgeFont.setBold(true);
        painter->setFont(badgeFont);
        painter->setPen(Qt::white);
        painter->drawText(QRectF(centre.x() - badgeRadius, centre.y() - badgeRadius,
                                 2 * badgeRadius, 2 * badgeRadius),
                          Qt::AlignCenter, QStringLiteral("!"));
    }

    // Ports with their labels.
    const QStringList inputs = inputPortIds();
    painter->setFont(typeFont);
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const QPointF centre = inputPortPos(inputs.at(i));
        painter->setPen(text);
        painter->drawText(QRectF(portRadius + 8, centre.y() - portRowHeight / 2,
                                 cardWidth / 2 - portRadius - 8, portRowHeight),
                          Qt::AlignLeft | Qt::AlignVCenter, m_type->inputs.at(i).label());
        paintPort(painter, centre, inputPortState(inputs.at(i)), palette, accent);
    }
    if (hasOutput()) {
        const QPointF centre = outputPortPos();
        painter->setFont(typeFont);
        painter->setPen(text);
        painter->drawText(QRectF(cardWidth / 2, centre.y() - portRowHeight / 2,
                                 cardWidth / 2 - portRadius - 8, portRowHeight),
                          Qt::AlignRight | Qt::AlignVCenter, tr("Output"));
        paintPort(painter, centre, m_outputHovered ? PortState::Hovered : PortState::Normal,
                  palette, accent);
    }
}

void StageItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    const QString input = inputPortAt(event->scenePos());
    const bool output = isOverOutputPort(event->scenePos());
    if (input != m_hoveredInput || output != m_outputHovered) {
        m_hoveredInput = input;
        m_outputHovered = output;
        // The cross tells that dragging from here draws a connection, not a move.
        if (output)
            setCursor(Qt::CrossCursor);
        else
            unsetCursor();
        update();
    }
    QGraphicsItem::hoverMoveEvent(event);
}

void StageItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    if (!m_hoveredInput.isEmpty() || m_outputHovered) {
        m_hoveredInput.clear();
        m_outputHovered = false;
        unsetCursor();
        update();
    }
    QGraphicsItem::hoverLeaveEvent(event);
}

void StageItem::updateToolTip()
{
    if (m_issues.isEmpty()) {
        setToolTip(m_type ? m_type->description() : QString());
        return;
    }
    QStringList lines;
    lines.reserve(m_issues.size());
    for (const ValidationIssue &issue : std::as_const(m_issues)) {
        lines.append(issue.severity == ValidationIssue::Error
                         ? tr("Error: %1").arg(issue.message)
                         : tr("Warning: %1").arg(issue.message));
    }
    setToolTip(lines.join(QLatin1Char('\n')));
}

} // namespace Seedbed
