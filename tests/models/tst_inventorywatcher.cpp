#include "InventoryFixture.h"
#include "TestSupport.h"
#include "inventory/InventoryWatcher.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <memory>

using namespace opsdeck;

namespace {

// Counts the children an object loses: for the watcher, its finished checks.
struct ChecksDone : QObject
{
    int count = 0;
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::ChildRemoved)
            ++count;
        return false;
    }
};

} // namespace

class TestInventoryWatcher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void tellsOfAChangeInThisProcess()
    {
        test::TempDatabase db;
        InventoryWatcher watcher(db.db(), 0);
        QTRY_VERIFY(watcher.revision() >= 0);
        QSignalSpy changed(&watcher, &InventoryWatcher::changed);
        InventoryWriter writer(db.db());
        QVERIFY(MachineStore(writer).add({"web01", "10.0.0.1", 22, {}, {}, {}}).ok());
        QVERIFY(changed.wait(5000));
        QVERIFY(watcher.revision() > 0);
    }

    void findsAChangeMadeElsewhereByPolling()
    {
        test::TempDatabase db;
        InventoryWatcher watcher(db.db(), 50);
        QTRY_VERIFY(watcher.revision() >= 0);
        QSignalSpy changed(&watcher, &InventoryWatcher::changed);
        // Another process's change: only the audit log's newest id moves.
        QSqlDatabase c = db->connection();
        QVERIFY(Database::exec(c, "INSERT INTO audit_log (time, operator, entity, entity_id, action) VALUES "
                                  "(1, 'cli', 'machine', 'x', 'add')")
                    .ok());
        QVERIFY(changed.wait(5000));
    }

    void staysQuietWithoutAChange()
    {
        test::TempDatabase db;
        InventoryWatcher watcher(db.db(), 20);
        QTRY_VERIFY(watcher.revision() >= 0);
        const qint64 revision = watcher.revision();
        QSignalSpy changed(&watcher, &InventoryWatcher::changed);
        // Each check reads the revision off the thread under a QFutureWatcher the watcher owns
        // (runAsync); one going away is a check done. Five polls, and not a word.
        ChecksDone done;
        watcher.installEventFilter(&done);
        QTRY_VERIFY(done.count >= 5);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(watcher.revision(), revision);
    }
};

QTEST_MAIN(TestInventoryWatcher)
#include "tst_inventorywatcher.moc"
