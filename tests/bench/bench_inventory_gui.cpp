// The inventory view at fleet scale: from constructing the view to its first paint
// with every model loaded, then a filter keystroke, a sort on each column and a scroll
// step in the machine table (each timed with the repaint it causes), and the resident
// memory. Offscreen; prints the figures, asserts nothing.
//
// Full size by hand:   build/tests/bench_inventory_gui [MACHINES NODES UNITS]
//                      (100,000 machines, 10,000 nodes, 200,000 units)
// Smoke size (ctest):  OPSDECK_BENCH_SMOKE=1 bench_inventory_gui  (2,000 / 200 / 4,000)

#include "BenchSupport.h"
#include "GuiBenchSupport.h"
#include "TestSupport.h"
#include "inventory/InventoryView.h"
#include "inventory/MachineTableModel.h"
#include "inventory/MachineTablePanel.h"
#include "inventory/ServiceTreeModel.h"
#include "inventory/ServiceTreePanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <algorithm>
#include <cstdio>

using namespace opsdeck;
using bench::loadAverage;
using bench::median;
using bench::rssMb;
using bench::threadCpuMs;

namespace {

// Wall time, and the GUI thread's CPU time beside it: on a shared, loaded machine the
// wall figure includes waiting for a core; the CPU figure is what the step costs.
struct Stopwatch
{
    QElapsedTimer wall;
    double cpu0 = 0;
    void restart()
    {
        wall.restart();
        cpu0 = threadCpuMs();
    }
    double cpuMs() const { return threadCpuMs() - cpu0; }
};

double ms(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

double ms(const Stopwatch& t)
{
    return ms(t.wall);
}

double maxOf(const QList<double>& v)
{
    return v.isEmpty() ? -1 : *std::max_element(v.begin(), v.end());
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const auto sizes = bench::fleetSizesFromArgs(app.arguments(), 1);
    if (!sizes)
        return 2;
    const bench::FleetSizes s = *sizes;

    test::TempDatabase db;
    QElapsedTimer t;
    t.start();
    if (!bench::fillFleet(*db, s))
        return 1;
    std::printf("fleet: %d machines, %d nodes, %d units (filled in %.0f ms)\n", s.machines, s.nodes, s.units,
                ms(t));
    const double rssBefore = rssMb();

    // Usable: constructed, every model loaded off the GUI thread, first paint done.
    t.restart();
    const double cpuStart = threadCpuMs();
    auto* view = new InventoryView(db.db());
    view->resize(1400, 900);
    view->show();
    QTableView* table = view->machinePanel()->view();
    MachineTableModel* machines = view->machineModel();
    const auto loaded = [&] {
        return machines->rowCount() > 0 && view->treeModel()->rowCount() > 0;
    };
    const double cpuBuilt = threadCpuMs() - cpuStart;
    double cpuMachines = -1, cpuTree = -1;
    {
        // Sleep in the event loop until both models are in (a polling loop would spin).
        QEventLoop loop;
        auto check = [&] {
            if (cpuMachines < 0 && machines->rowCount() > 0)
                cpuMachines = threadCpuMs() - cpuStart;
            if (cpuTree < 0 && view->treeModel()->rowCount() > 0)
                cpuTree = threadCpuMs() - cpuStart;
            if (loaded())
                loop.quit();
        };
        QObject::connect(machines, &MachineTableModel::loaded, &loop, check, Qt::QueuedConnection);
        QObject::connect(view->treeModel(), &ServiceTreeModel::loaded, &loop, check, Qt::QueuedConnection);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        if (!loaded())
            loop.exec();
    }
    view->repaint();
    std::printf("  GUI thread CPU: built %.0f ms, machines in at %.0f ms, tree in at %.0f ms\n", cpuBuilt,
                cpuMachines, cpuTree);
    const double usable = ms(t);
    std::printf(
        "inventory view usable: %.0f ms   (GUI thread CPU %.0f ms; machines shown: %d, tree roots: %d; "
        "load average %s)\n",
        usable, threadCpuMs() - cpuStart, machines->rowCount(), view->treeModel()->rowCount(),
        loadAverage().constData());

    // The other columns' sort orders are computed off the GUI thread after the load.
    t.restart();
    const bool ordersIn = QTest::qWaitFor([&] { return machines->allOrdersReady(); }, 60000);
    std::printf("  every column's sort order %s %.0f ms after that\n", ordersIn ? "in" : "NOT in after",
                ms(t));

    // Filter keystrokes: type a name, one key at a time, each with its repaint.
    QLineEdit* filter = view->machinePanel()->filterEdit();
    Stopwatch w;
    QList<double> keys, keysCpu;
    for (const QChar c : QStringLiteral("host00123")) {
        w.restart();
        QTest::keyClick(filter, c.toLatin1());
        table->viewport()->repaint();
        keys << ms(w);
        keysCpu << w.cpuMs();
    }
    const int matched = machines->rowCount();
    QList<double> clears, clearsCpu;
    for (int i = 0; i < 9; ++i) {
        w.restart();
        QTest::keyClick(filter, Qt::Key_Backspace);
        table->viewport()->repaint();
        clears << ms(w);
        clearsCpu << w.cpuMs();
    }
    std::printf("filter keystroke: %.1f ms median, %.1f ms max wall; %.1f / %.1f ms GUI-thread CPU   (typing "
                "'host00123' -> %d rows)\n",
                median(keys, -1), maxOf(keys), median(keysCpu, -1), maxOf(keysCpu), matched);
    std::printf("filter backspace: %.1f ms median, %.1f ms max wall; %.1f / %.1f ms GUI-thread CPU\n",
                median(clears, -1), maxOf(clears), median(clearsCpu, -1), maxOf(clearsCpu));

    // Sorts: each column, both ways, each with its repaint (a header click does the same).
    QList<double> sorts, sortsCpu;
    for (int c = 0; c < MachineTableModel::ColumnCount; ++c)
        for (Qt::SortOrder o : {Qt::DescendingOrder, Qt::AscendingOrder}) {
            w.restart();
            table->sortByColumn(c, o);
            table->viewport()->repaint();
            sorts << ms(w);
            sortsCpu << w.cpuMs();
        }
    table->sortByColumn(MachineTableModel::NameColumn, Qt::AscendingOrder);
    std::printf(
        "sort: %.1f ms median, %.1f ms max wall; %.1f / %.1f ms GUI-thread CPU   (%d columns x 2 orders "
        "over %d rows)\n",
        median(sorts, -1), maxOf(sorts), median(sortsCpu, -1), maxOf(sortsCpu),
        int(MachineTableModel::ColumnCount), machines->rowCount());

    // Scrolling: wheel-sized steps (3 rows) and page steps through the middle of the table.
    QScrollBar* bar = table->verticalScrollBar();
    bar->setValue(bar->maximum() / 2);
    table->viewport()->repaint();
    QList<double> steps, stepsCpu, pages, pagesCpu;
    for (int i = 0; i < 60; ++i) {
        w.restart();
        bar->setValue(bar->value() + 3 * bar->singleStep());
        table->viewport()->repaint();
        steps << ms(w);
        stepsCpu << w.cpuMs();
    }
    for (int i = 0; i < 30; ++i) {
        w.restart();
        bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
        table->viewport()->repaint();
        pages << ms(w);
        pagesCpu << w.cpuMs();
    }
    std::printf(
        "scroll step: %.2f ms median, %.2f ms max wall; %.2f / %.2f ms GUI-thread CPU   (page: %.2f ms "
        "median wall, %.2f ms CPU)\n",
        median(steps, -1), maxOf(steps), median(stepsCpu, -1), maxOf(stepsCpu), median(pages, -1),
        median(pagesCpu, -1));

    // The tree's recursive filter proxy, for comparison (10,000 nodes).
    QLineEdit* treeFilter = view->treePanel()->filterEdit();
    QList<double> treeKeys, treeKeysCpu;
    for (const QChar c : QStringLiteral("svc12")) {
        w.restart();
        QTest::keyClick(treeFilter, c.toLatin1());
        view->treePanel()->view()->viewport()->repaint();
        treeKeys << ms(w);
        treeKeysCpu << w.cpuMs();
    }
    std::printf("tree filter keystroke: %.1f ms median, %.1f ms max wall; %.1f / %.1f ms GUI-thread CPU\n",
                median(treeKeys, -1), maxOf(treeKeys), median(treeKeysCpu, -1), maxOf(treeKeysCpu));

    std::printf("RSS: %.0f MB   (%.0f MB before the view)\n", rssMb(), rssBefore);
    delete view;
    return 0;
}
