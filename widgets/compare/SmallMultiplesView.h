#pragma once

#include <QAbstractScrollArea>
#include <QPointer>
#include <utility>

namespace opsdeck {

class CompareModel;

// A scrolling grid of small charts, one per host of a CompareModel, all on the model's
// shared scale. Painted with QPainter alone (a polyline per cell from the decimated
// points; no Qt Charts object per host: 500 of those are far too slow). Only the cells on
// screen are asked of the model (setVisibleRows) and painted; a cell whose data has not
// arrived says so. Hovering a cell shows the host and its value at the mouse's time;
// a double-click, or Enter on the current cell, emits machineActivated.
class SmallMultiplesView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit SmallMultiplesView(QWidget* parent = nullptr);

    void setModel(CompareModel* model);
    CompareModel* model() const { return m_model; }
    // The smallest size of a cell; cells stretch to fill the width.
    void setMinimumCellSize(const QSize& size);

    int columnCount() const { return m_columns; }
    // The model rows with a cell at least partly on screen (last < first: none).
    std::pair<int, int> visibleRows() const { return {m_firstVisible, m_lastVisible}; }
    QRect cellRect(int row) const; // viewport coordinates
    QRect plotRect(int row) const; // where the line is drawn inside the cell
    int rowAt(const QPoint& viewportPos) const;
    int currentRow() const { return m_current; }
    void setCurrentRow(int row);
    // The value range every cell is drawn on (the model's scale, from zero when it is positive).
    std::pair<double, double> drawnScale() const;
    // What the hover tooltip says ("host\ntime: value"); empty when the mouse is on no cell.
    QString hoverText() const { return m_hoverText; }
    // Cells drawn by the last paint with a line (tests and benchmarks).
    int paintedLines() const { return m_paintedLines; }
    int paintedCells() const { return m_paintedCells; }

signals:
    void machineActivated(const QString& machine);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    void relayout();
    void updateVisible();
    void onRowLoaded(int row);
    void paintCell(QPainter& p, int row, const QRect& cell);
    void drawLine(QPainter& p, int row, const QRect& plot);
    void updateHover(const QPoint& pos);
    QString machineAt(int row) const;

    QPointer<CompareModel> m_model;
    QSize m_minCell{220, 110};
    QSize m_cell{220, 110};
    int m_spacing = 6;
    int m_columns = 1;
    int m_firstVisible = 0;
    int m_lastVisible = -1;
    int m_current = -1;
    QString m_hoverText;
    int m_paintedLines = 0;
    int m_paintedCells = 0;
    QPolygonF m_buffer; // reused between cells and paints
};

} // namespace opsdeck
