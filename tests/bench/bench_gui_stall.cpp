// The real main window, offscreen, on a fleet database: how long the GUI thread is
// blocked while the operator selects a machine (in the inventory table and in the fleet
// dock), applies a lifecycle event from the table (its toolbar action, and everything
// the change sets off: the reloads of the table, the dock, the tree, the audit log) and
// turns the Graphite receiver on (the switch and its settings write).
//
// Each step runs inside the event loop and every event the GUI thread dispatches is
// timed (QApplication::notify). An event's stall is the time it kept the GUI thread:
// its CPU time, or when the thread slept in it (on a lock, a disk, a semaphore) its wall
// time less the time the thread sat runnable waiting for a core (Linux schedstat). So a
// machine busy with other work — or a virtual machine whose host takes the core away,
// which shows as wall time that is neither — does not pass for a blocked GUI thread,
// while waiting on a lock still counts. A 1 ms timer catches events that run back to
// back (and what the dispatcher does between them): the GUI thread's CPU time between
// two of its ticks. A step's stall is the longer of the two; printed with the wall
// figures and the GUI thread's CPU time over the step. A full run exits 1 when a stall
// passes 16 ms (one frame at 60 Hz).
//
// Full size by hand:   QT_QPA_PLATFORM=offscreen build/tests/bench_gui_stall [MACHINES NODES UNITS]
//                      (100,000 machines, 10,000 nodes, 200,000 units)
// Smoke size (ctest):  OPSDECK_BENCH_SMOKE=1 bench_gui_stall  (2,000 / 200 / 4,000; never fails on time)

#include "GuiBenchSupport.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "engine/Engine.h"
#include "fleet/FleetDock.h"
#include "ingest/PlaintextReceiver.h"
#include "inventory/FleetTreeFilterModel.h"
#include "inventory/FleetTreeModel.h"
#include "inventory/InventoryReader.h"
#include "inventory/InventoryView.h"
#include "inventory/MachineDetailsPane.h"
#include "inventory/MachineTableModel.h"
#include "inventory/MachineTablePanel.h"
#include "inventory/ServiceTreeModel.h"
#include "sources/ReceiverPanel.h"
#include "sources/SourcesView.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMetaEnum>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QTreeView>
#include <cstdio>
#include <functional>

using namespace opsdeck;

namespace {

constexpr double kFrameMs = 16.0;

QString eventName(int type)
{
    const char* key = QMetaEnum::fromType<QEvent::Type>().valueToKey(type);
    return key ? QLatin1String(key) : QStringLiteral("event %1").arg(type);
}

// Times every event the GUI thread dispatches at the top level while on.
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;

    struct Longest
    {
        // The CPU time when the thread never slept; when it did (on a lock, say), the wall
        // time less what it spent waiting for a core.
        double blockedMs = 0;
        double wallMs = 0;
        double cpuMs = 0;
        QString what;
    };

    // On: forgets the longest event so far and times from now.
    void setTiming(bool on)
    {
        if (on) {
            m_longest = {};
            m_recent.clear();
        }
        m_on = on;
    }
    const Longest& longest() const { return m_longest; }
    // The events (of over 0.5 ms CPU) since the last call, costliest first: what a long
    // gap between two ticks was made of.
    QString takeRecent()
    {
        std::sort(m_recent.begin(), m_recent.end(),
                  [](const auto& a, const auto& b) { return a.first > b.first; });
        QStringList parts;
        for (qsizetype i = 0; i < std::min<qsizetype>(4, m_recent.size()); ++i)
            parts << QStringLiteral("%1 %2 ms").arg(m_recent[i].second).arg(m_recent[i].first, 0, 'f', 1);
        m_recent.clear();
        return parts.join(QStringLiteral(", "));
    }

    bool notify(QObject* receiver, QEvent* event) override
    {
        if (!m_on || m_depth > 0 || QThread::currentThread() != thread())
            return dispatch(receiver, event);
        QElapsedTimer t;
        t.start();
        const double cpu0 = bench::threadCpuMs();
        const double waited0 = bench::runQueueWaitMs();
        const long slept0 = bench::voluntarySwitches();
        const int type = event->type(); // the event may be gone after dispatch
        const char* target = receiver->metaObject()->className();
        const bool result = dispatch(receiver, event);
        const double wall = double(t.nsecsElapsed()) / 1e6;
        const double cpu = bench::threadCpuMs() - cpu0;
        const double blocked =
            bench::voluntarySwitches() > slept0 ? wall - (bench::runQueueWaitMs() - waited0) : cpu;
        if (blocked > m_longest.blockedMs || cpu > 0.5) {
            const QString what = QStringLiteral("%1 to %2").arg(eventName(type), QLatin1String(target));
            if (blocked > m_longest.blockedMs)
                m_longest = {blocked, wall, cpu, what};
            if (cpu > 0.5)
                m_recent.append({cpu, what});
        }
        return result;
    }

private:
    bool dispatch(QObject* receiver, QEvent* event)
    {
        ++m_depth;
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        return result;
    }

    bool m_on = false;
    int m_depth = 0;
    Longest m_longest;
    QList<std::pair<double, QString>> m_recent;
};

struct Step
{
    QString name;
    TimedApplication::Longest event; // the event that kept the GUI thread longest
    double longestGapMs = 0;         // the GUI thread's CPU time between two ticks of the 1 ms timer
    double longestGapWallMs = 0;     // the longest gap between two ticks, as the wall clock saw it
    QString longestGapEvents;        // what the GUI thread did in the costliest gap
    double cpuMs = 0;                // the GUI thread's CPU time over the whole step
    double tookMs = 0;               // until done
    bool done = false;

    double stallMs() const { return std::max(event.blockedMs, longestGapMs); }
};

void print(const Step& step)
{
    std::printf("%-36s stall %6.1f ms   longest event %6.1f ms (wall %6.1f, CPU %6.1f: %s); longest tick "
                "gap %6.1f ms CPU (wall %6.1f); %s in %.0f ms, GUI thread CPU %.0f ms\n",
                qPrintable(step.name), step.stallMs(), step.event.blockedMs, step.event.wallMs,
                step.event.cpuMs, qPrintable(step.event.what), step.longestGapMs, step.longestGapWallMs,
                step.done ? "done" : "NOT done", step.tookMs, step.cpuMs);
    if (!step.longestGapEvents.isEmpty())
        std::printf("%-36s   costliest gap: %s\n", "", qPrintable(step.longestGapEvents));
    std::fflush(stdout);
}

// Runs `act` as an event of the loop, then lets the loop run until `done()` holds and
// `settleMs` more have passed (what the step set off lands in that time).
Step measure(TimedApplication& app, const QString& name, const std::function<void()>& act,
             const std::function<bool()>& done, int settleMs = 500, int timeoutMs = 120000)
{
    Step step;
    step.name = name;
    QEventLoop loop;
    QElapsedTimer clock;
    qint64 lastTick = -1, doneAt = -1;
    double lastCpu = 0;
    QTimer ticks;
    ticks.setTimerType(Qt::PreciseTimer);
    ticks.setInterval(1);
    QObject::connect(&ticks, &QTimer::timeout, &loop, [&] {
        const qint64 now = clock.nsecsElapsed();
        const double cpu = bench::threadCpuMs();
        const QString recent = app.takeRecent(); // since the last tick
        if (lastTick >= 0) {
            const double gap = double(now - lastTick) / 1e6;
            step.longestGapWallMs = std::max(step.longestGapWallMs, gap);
            if (cpu - lastCpu > step.longestGapMs) {
                step.longestGapMs = cpu - lastCpu;
                step.longestGapEvents = recent;
            }
        }
        lastTick = now;
        lastCpu = cpu;
        if (doneAt < 0 && done()) {
            doneAt = now;
            step.tookMs = double(now) / 1e6;
            step.done = true;
        }
        if ((doneAt >= 0 && now - doneAt >= qint64(settleMs) * 1000000) || now >= qint64(timeoutMs) * 1000000)
            loop.quit();
    });
    const double cpu0 = bench::threadCpuMs();
    app.setTiming(true);
    clock.start();
    ticks.start();
    QTimer::singleShot(0, &loop, act);
    loop.exec();
    app.setTiming(false);
    ticks.stop();
    step.cpuMs = bench::threadCpuMs() - cpu0;
    step.event = app.longest();
    print(step);
    return step;
}

// Clicks `index` of `view` the way the operator does (the row scrolled into view first).
void click(QAbstractItemView* view, const QModelIndex& index)
{
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

void isolateSettings(const QTemporaryDir& dir)
{
    test::isolateSettings(dir.filePath(QStringLiteral("settings")), QStringLiteral("bench_gui_stall"),
                          QStringLiteral("opsdeck-bench"));
    QSettings().clear();
}

} // namespace

int main(int argc, char** argv)
{
    TimedApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir settingsDir;
    isolateSettings(settingsDir);
    const auto sizes = bench::fleetSizesFromArgs(app.arguments(), 100);
    if (!sizes)
        return 2;
    const bench::FleetSizes s = *sizes;

    test::TempDatabase db;
    QElapsedTimer t;
    t.start();
    if (!bench::fillFleet(*db, s))
        return 1;
    std::printf("fleet: %d machines, %d nodes, %d units (filled in %.0f ms); load average %s\n", s.machines,
                s.nodes, s.units, double(t.elapsed()), bench::loadAverage().constData());

    Engine::Options options;
    options.startCollector = false;
    options.startPolling = false;
    auto engine = Engine::start(db.path(), options);
    if (!engine.ok()) {
        std::fprintf(stderr, "engine: %s\n", qPrintable(engine.error().message));
        return 1;
    }

    // What the details pane reads for a selected machine (off the GUI thread): the one
    // machine, beside a filtered whole-fleet load that read every binding and unit.
    {
        const QString name =
            QStringLiteral("host%1.example.com").arg(s.machines / 2, 6, 10, QLatin1Char('0'));
        InventoryReader reader(db.db());
        t.restart();
        auto one = reader.machine(name);
        const double oneMs = double(t.nsecsElapsed()) / 1e6;
        MachineFilter byName;
        byName.name = name;
        t.restart();
        auto filtered = reader.loadAllMachines(byName);
        const double filteredMs = double(t.nsecsElapsed()) / 1e6;
        if (!one.ok() || !one->has_value() || !filtered.ok() || filtered->size() != 1 ||
            (*one)->nodes != filtered->first().nodes || (*one)->poolStock != filtered->first().poolStock) {
            std::fprintf(stderr, "InventoryReader::machine(%s) disagrees with loadAllMachines\n",
                         qPrintable(name));
            return 1;
        }
        std::printf("one machine read in %.2f ms (a by-name filter of the whole-fleet load: %.1f ms)\n",
                    oneMs, filteredMs);
    }

    t.restart();
    MainWindow w(**engine);
    w.resize(1400, 900);
    w.show();
    std::printf("window built and shown in %.0f ms (before the event loop runs)\n", double(t.elapsed()));
    auto* inventory = w.findChild<InventoryView*>(QStringLiteral("inventoryView"));
    QTreeView* fleetTree = w.fleetDock()->treeView();
    auto* fleet = qobject_cast<FleetTreeModel*>(w.fleetDock()->filterModel()->sourceModel());
    if (!inventory || !fleet) {
        std::fprintf(stderr, "the window has no inventory view or fleet list\n");
        return 1;
    }
    MachineTableModel* machines = inventory->machineModel();
    QTableView* table = inventory->machinePanel()->view();
    const int total = s.machines + 1; // and the local machine
    QList<Step> steps;

    steps << measure(
        app, QStringLiteral("first load (table, dock, tree)"), [] {},
        [&] {
            return machines->totalCount() == total && fleet->machineCount() == total &&
                   inventory->treeModel()->rowCount() > 0 && machines->allOrdersReady();
        },
        1000);
    steps.takeLast(); // the start: shown, not judged
    steps << measure(
        app, QStringLiteral("idle (the floor)"), [] {}, [] { return true; }, 500);

    // Selecting a machine in the table: its details, units and history load, the window
    // charts it (and shows the charts tab).
    auto showTable = [&] {
        w.centreTabs()->setCurrentWidget(inventory);
        QCoreApplication::sendPostedEvents(); // its layout
        w.repaint();
    };
    int detailsLoaded = 0;
    QObject::connect(inventory->detailsPane(), &MachineDetailsPane::loaded, [&] { ++detailsLoaded; });
    showTable();
    const int row = machines->rowCount() / 2;
    const QString picked = machines->index(row, 0).data(MachineTableModel::NameRole).toString();
    steps << measure(
        app, QStringLiteral("select a machine in the table"),
        [&] { click(table, machines->index(row, MachineTableModel::NameColumn)); },
        [&] { return detailsLoaded > 0 && w.fleetDock()->selectedMachine() == picked; });

    // The same in the fleet dock's tree: a machine under its node (the click opens its
    // ancestors first).
    QString dockPicked = QStringLiteral("host%1.example.com").arg(s.machines / 3, 6, 10, QLatin1Char('0'));
    if (dockPicked == picked)
        dockPicked = QStringLiteral("host%1.example.com").arg(s.machines / 3 + 1, 6, 10, QLatin1Char('0'));
    const QModelIndex dockIndex =
        w.fleetDock()->filterModel()->mapFromSource(fleet->indexOfMachine(dockPicked));
    if (!dockIndex.isValid()) {
        std::fprintf(stderr, "the fleet dock has no row for %s\n", qPrintable(dockPicked));
        return 1;
    }
    steps << measure(
        app, QStringLiteral("select a machine in the fleet dock"), [&] { click(fleetTree, dockIndex); },
        [&] { return w.fleetDock()->selectedMachine() == dockPicked; });
    // The dock's filter: a narrow match (its ancestors open), every machine (the whole
    // tree opens), and clearing it (the tree closes back to the selected machine).
    QLineEdit* dockFilter = w.fleetDock()->filterEdit();
    const QString narrow = dockPicked.left(9);
    steps << measure(
        app, QStringLiteral("filter the fleet dock (%1)").arg(narrow), [&] { dockFilter->setText(narrow); },
        [&] { return fleetTree->model()->rowCount() > 0; });
    steps << measure(
        app, QStringLiteral("filter the fleet dock (every machine)"),
        [&] { dockFilter->setText(QStringLiteral("example")); },
        [&] { return fleetTree->model()->rowCount() > 0; });
    steps << measure(
        app, QStringLiteral("clear the fleet dock's filter"), [&] { dockFilter->clear(); },
        [&] { return fleetTree->currentIndex().data(FleetTreeModel::NameRole).toString() == dockPicked; });

    // A lifecycle event from the table's toolbar on the selected machine; done when the
    // table and the dock have reloaded the changed fleet.
    showTable();
    click(table, machines->index(row, MachineTableModel::NameColumn));
    if (inventory->machinePanel()->selectedNames() != QStringList{picked}) {
        std::fprintf(stderr, "clicking %s did not select it\n", qPrintable(picked));
        return 1;
    }
    const auto state =
        MachineState(machines->index(machines->rowOf(picked), 0).data(MachineTableModel::StateRole).toInt());
    std::optional<MachineEvent> event; // the first the table offers, short of Remove (it asks first)
    for (MachineEvent e : MachineLifecycle::allowedEvents(state)) {
        if (e != MachineEvent::Remove && inventory->machinePanel()->eventAction(e)) {
            event = e;
            break;
        }
    }
    if (!event) {
        std::fprintf(stderr, "no lifecycle event to apply to %s\n", qPrintable(picked));
        return 1;
    }
    int tableLoads = 0, dockLoads = 0;
    QObject::connect(machines, &MachineTableModel::loaded, [&] { ++tableLoads; });
    QObject::connect(fleet, &FleetTreeModel::loaded, [&] { ++dockLoads; });
    const auto expected = MachineLifecycle::apply(state, *event).to;
    steps << measure(
        app, QStringLiteral("lifecycle '%1' from the table").arg(MachineLifecycle::eventName(*event)),
        [&] { inventory->machinePanel()->eventAction(*event)->trigger(); },
        [&] {
            if (tableLoads == 0 || dockLoads == 0 || !expected)
                return false;
            const int r = machines->rowOf(picked); // a scan of the rows: only once both reloaded
            return r >= 0 &&
                   machines->index(r, 0).data(MachineTableModel::StateRole).toInt() == int(*expected);
        },
        1500);

    // The receiver's switch (the File menu's action) at a free port.
    ReceiverPanel* receiver = w.sourcesView()->receiverPanel();
    receiver->portBox()->setValue(test::freeTcpPort());
    int written = 0;
    bool writtenOk = false;
    QObject::connect(receiver, &ReceiverPanel::settingsWritten, [&](bool ok) {
        ++written;
        writtenOk = ok;
    });
    steps << measure(
        app, QStringLiteral("turn the receiver on"), [&] { w.sourcesView()->receiverAction()->trigger(); },
        [&] { return written > 0; }, 300);
    if (!(*engine)->receiver().isListening() || !writtenOk) {
        std::fprintf(stderr, "the receiver did not start or its settings were not written: %s\n",
                     qPrintable(receiver->errorText()));
        return 1;
    }

    double longest = 0;
    QString where;
    bool allDone = true;
    for (const Step& step : std::as_const(steps)) {
        allDone = allDone && step.done;
        if (step.name.startsWith(QLatin1String("idle")))
            continue;
        if (step.stallMs() > longest) {
            longest = step.stallMs();
            where = step.name;
        }
    }
    std::printf("longest event-loop stall: %.1f ms (%s); budget %.0f ms; RSS %.0f MB; load average %s\n",
                longest, qPrintable(where), kFrameMs, bench::rssMb(), bench::loadAverage().constData());
    if (!allDone) {
        std::fprintf(stderr, "a step did not finish\n");
        return 1;
    }
    if (!test::benchSmoke() && longest > kFrameMs) {
        std::fprintf(stderr, "FAIL: the GUI thread was blocked for %.1f ms (over %.0f ms)\n", longest,
                     kFrameMs);
        return 1;
    }
    return 0;
}
