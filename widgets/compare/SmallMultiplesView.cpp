#include "compare/SmallMultiplesView.h"

#include "charts/ValueFormat.h"
#include "compare/CompareModel.h"

#include <QDateTime>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <cmath>

namespace opsdeck {

namespace {
constexpr int kPad = 4;
}

SmallMultiplesView::SmallMultiplesView(QWidget* parent) : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("smallMultiples"));
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    viewport()->setBackgroundRole(QPalette::Base);
}

void SmallMultiplesView::setModel(CompareModel* model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_current = -1;
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, [this] {
            m_current = -1;
            relayout();
        });
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                    if (topLeft.row() == bottomRight.row())
                        viewport()->update(cellRect(topLeft.row()));
                    else
                        viewport()->update();
                });
        connect(model, &CompareModel::scaleChanged, viewport(), qOverload<>(&QWidget::update));
    }
    relayout();
}

void SmallMultiplesView::setMinimumCellSize(const QSize& size)
{
    m_minCell = size.expandedTo(QSize(60, 40));
    relayout();
}

void SmallMultiplesView::relayout()
{
    const int width = viewport()->width();
    m_columns = std::max(1, (width - m_spacing) / (m_minCell.width() + m_spacing));
    m_cell = QSize(std::max(m_minCell.width(), (width - m_spacing * (m_columns + 1)) / m_columns),
                   m_minCell.height());
    const int count = m_model ? m_model->rowCount() : 0;
    const int gridRows = (count + m_columns - 1) / m_columns;
    const int rowHeight = m_cell.height() + m_spacing;
    const int content = m_spacing + gridRows * rowHeight;
    QScrollBar* bar = verticalScrollBar();
    bar->setRange(0, std::max(0, content - viewport()->height()));
    bar->setPageStep(viewport()->height());
    bar->setSingleStep(std::max(1, rowHeight / 3)); // a wheel notch (three steps): one row of cells
    if (m_model) {
        const int pixels = m_cell.width() - 2 * kPad;
        if (pixels != m_model->pixelWidth()) {
            m_model->setVisibleRows(0, -1); // nothing is read at the old width
            m_model->setPixelWidth(pixels);
        }
    }
    updateVisible();
    viewport()->update();
}

void SmallMultiplesView::updateVisible()
{
    const int count = m_model ? m_model->rowCount() : 0;
    const int rowHeight = m_cell.height() + m_spacing;
    const int top = verticalScrollBar()->value();
    const int bottom = top + viewport()->height();
    const int below = top - m_spacing - m_cell.height(); // a grid row whose cells end above the top is hidden
    const int firstGrid = below < 0 ? 0 : below / rowHeight + 1;
    const int lastGrid = std::max(0, bottom - m_spacing - 1) / rowHeight;
    m_firstVisible = firstGrid * m_columns;
    m_lastVisible = std::min(count - 1, (lastGrid + 1) * m_columns - 1);
    if (count == 0 || viewport()->height() <= 0)
        m_lastVisible = m_firstVisible - 1;
    // Hidden (or not laid out yet): nothing is read for a size the user never sees.
    if (m_model)
        m_model->setVisibleRows(m_firstVisible, isVisible() ? m_lastVisible : m_firstVisible - 1);
}

void SmallMultiplesView::showEvent(QShowEvent* event)
{
    QAbstractScrollArea::showEvent(event);
    relayout();
}

QRect SmallMultiplesView::cellRect(int row) const
{
    if (row < 0)
        return {};
    const int gridRow = row / m_columns;
    const int column = row % m_columns;
    return QRect(m_spacing + column * (m_cell.width() + m_spacing),
                 m_spacing + gridRow * (m_cell.height() + m_spacing) - verticalScrollBar()->value(),
                 m_cell.width(), m_cell.height());
}

QRect SmallMultiplesView::plotRect(int row) const
{
    const int title = fontMetrics().height();
    return cellRect(row).adjusted(kPad, kPad + title + 2, -kPad, -kPad);
}

int SmallMultiplesView::rowAt(const QPoint& pos) const
{
    for (int row = std::max(0, m_firstVisible); row <= m_lastVisible; ++row) {
        if (cellRect(row).contains(pos))
            return row;
    }
    return -1;
}

void SmallMultiplesView::setCurrentRow(int row)
{
    const int count = m_model ? m_model->rowCount() : 0;
    if (row < 0 || row >= count)
        return;
    const int previous = std::exchange(m_current, row);
    viewport()->update(cellRect(previous));
    const QRect cell = cellRect(row);
    if (cell.top() < 0)
        verticalScrollBar()->setValue(verticalScrollBar()->value() + cell.top() - m_spacing);
    else if (cell.bottom() > viewport()->height())
        verticalScrollBar()->setValue(verticalScrollBar()->value() + cell.bottom() - viewport()->height() +
                                      m_spacing);
    viewport()->update(cellRect(row));
}

std::pair<double, double> SmallMultiplesView::drawnScale() const
{
    if (!m_model || !m_model->hasScale())
        return {0.0, 1.0};
    const double low = std::min(0.0, m_model->scaleMin());
    double high = m_model->scaleMax();
    if (high <= low)
        high = low + 1;
    return {low, high};
}

QString SmallMultiplesView::machineAt(int row) const
{
    return m_model && row >= 0 && row < m_model->rowCount() ? m_model->machines().at(row) : QString();
}

void SmallMultiplesView::paintEvent(QPaintEvent* event)
{
    QPainter p(viewport());
    p.fillRect(event->rect(), palette().base());
    m_paintedCells = 0;
    m_paintedLines = 0;
    if (!m_model)
        return;
    for (int row = std::max(0, m_firstVisible); row <= m_lastVisible; ++row) {
        const QRect cell = cellRect(row);
        if (cell.intersects(event->rect()))
            paintCell(p, row, cell);
    }
}

void SmallMultiplesView::paintCell(QPainter& p, int row, const QRect& cell)
{
    ++m_paintedCells;
    p.setPen(row == m_current ? QPen(palette().highlight(), 2) : QPen(palette().mid(), 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(cell.adjusted(0, 0, -1, -1));
    const QRect title(cell.left() + kPad, cell.top() + kPad, cell.width() - 2 * kPad, fontMetrics().height());
    p.setPen(palette().text().color());
    const HostSeries* s = m_model->series(row);
    QString value;
    if (s && s->known > 0) {
        const ValueUnit unit = ValueFormat::unitFromName(m_model->metric().unitName());
        value = ValueFormat::format(unit, s->max);
        p.drawText(title, Qt::AlignRight | Qt::AlignVCenter, tr("max %1").arg(value));
    }
    const int nameWidth = title.width() - (value.isEmpty() ? 0 : fontMetrics().horizontalAdvance(value) + 40);
    p.drawText(title.adjusted(0, 0, nameWidth - title.width(), 0), Qt::AlignLeft | Qt::AlignVCenter,
               fontMetrics().elidedText(machineAt(row), Qt::ElideMiddle, std::max(10, nameWidth)));
    drawLine(p, row, plotRect(row));
}

void SmallMultiplesView::drawLine(QPainter& p, int row, const QRect& plot)
{
    const HostSeries* s = m_model->series(row);
    QString note;
    switch (m_model->state(row)) {
    case CompareModel::LoadState::NotLoaded:
    case CompareModel::LoadState::Loading:
        note = tr("Loading…");
        break;
    case CompareModel::LoadState::Failed:
        p.setPen(Qt::red);
        p.drawText(plot, Qt::AlignCenter | Qt::TextWordWrap, m_model->errorAt(row));
        return;
    case CompareModel::LoadState::Loaded:
        if (!s || s->known == 0)
            note = tr("No data in this range");
        break;
    }
    if (!note.isEmpty()) {
        p.setPen(palette().placeholderText().color());
        p.drawText(plot, Qt::AlignCenter, note);
        return;
    }
    const auto [low, high] = drawnScale();
    const double fromMs = double(m_model->from()) * 1000.0;
    const double sx = plot.width() / std::max(1.0, double(m_model->to() - m_model->from()) * 1000.0);
    const double sy = plot.height() / (high - low);
    p.setPen(QPen(palette().highlight().color(), 1));
    auto flush = [&] {
        if (m_buffer.size() == 1)
            p.drawPoint(m_buffer.first());
        else if (m_buffer.size() > 1)
            p.drawPolyline(m_buffer);
        m_buffer.resize(0);
    };
    for (const QPointF& pt : s->points) {
        if (std::isnan(pt.y())) {
            flush(); // a gap stays a gap
            continue;
        }
        m_buffer.append(QPointF(plot.left() + (pt.x() - fromMs) * sx, plot.bottom() - (pt.y() - low) * sy));
    }
    flush();
    ++m_paintedLines;
}

void SmallMultiplesView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    relayout();
}

void SmallMultiplesView::scrollContentsBy(int, int dy)
{
    updateVisible();
    viewport()->scroll(0, dy); // only what scrolled into view is painted
}

void SmallMultiplesView::updateHover(const QPoint& pos)
{
    const int row = rowAt(pos);
    if (row < 0 || !m_model) {
        m_hoverText.clear();
        QToolTip::hideText();
        return;
    }
    const QRect plot = plotRect(row);
    const double fraction = std::clamp(double(pos.x() - plot.left()) / std::max(1, plot.width()), 0.0, 1.0);
    const qint64 ms =
        qint64((double(m_model->from()) + fraction * double(m_model->to() - m_model->from())) * 1000);
    const HostSeries* s = m_model->series(row);
    const auto value = s ? s->valueAt(ms) : std::nullopt;
    const QString time = QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
    const ValueUnit unit = ValueFormat::unitFromName(m_model->metric().unitName());
    m_hoverText =
        tr("%1\n%2: %3").arg(machineAt(row), time, value ? ValueFormat::format(unit, *value) : tr("no data"));
    QToolTip::showText(viewport()->mapToGlobal(pos), m_hoverText, viewport(), cellRect(row));
}

void SmallMultiplesView::mouseMoveEvent(QMouseEvent* event)
{
    updateHover(event->position().toPoint());
    QAbstractScrollArea::mouseMoveEvent(event);
}

void SmallMultiplesView::leaveEvent(QEvent* event)
{
    m_hoverText.clear();
    QAbstractScrollArea::leaveEvent(event);
}

void SmallMultiplesView::mousePressEvent(QMouseEvent* event)
{
    setCurrentRow(rowAt(event->position().toPoint()));
    QAbstractScrollArea::mousePressEvent(event);
}

void SmallMultiplesView::mouseDoubleClickEvent(QMouseEvent* event)
{
    const int row = rowAt(event->position().toPoint());
    if (row >= 0) {
        setCurrentRow(row);
        emit machineActivated(machineAt(row));
        return;
    }
    QAbstractScrollArea::mouseDoubleClickEvent(event);
}

void SmallMultiplesView::keyPressEvent(QKeyEvent* event)
{
    const int row = std::max(0, m_current);
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_current >= 0)
            emit machineActivated(machineAt(m_current));
        return;
    case Qt::Key_Right:
        setCurrentRow(m_current < 0 ? 0 : row + 1);
        return;
    case Qt::Key_Left:
        setCurrentRow(row - 1);
        return;
    case Qt::Key_Down:
        setCurrentRow(m_current < 0 ? 0 : std::min(row + m_columns, m_model ? m_model->rowCount() - 1 : 0));
        return;
    case Qt::Key_Up:
        setCurrentRow(row - m_columns);
        return;
    default:
        QAbstractScrollArea::keyPressEvent(event);
    }
}

} // namespace opsdeck
