#include "../models/InventoryFixture.h"
#include "FakePrompter.h"
#include "TestSupport.h"
#include "inventory/ImportDialog.h"
#include "inventory/InventoryApplier.h"
#include "inventory/InventoryReader.h"
#include "inventory/InventoryTaskRunner.h"
#include "inventory/InventoryView.h"
#include "inventory/MachineTableModel.h"
#include "inventory/MachineTablePanel.h"
#include "inventory/MessageBanner.h"

#include <QAction>
#include <QFile>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <memory>

using namespace opsdeck;

// Bulk inventory changes report (done, total) and can be cancelled: the import (core
// and ImportDialog) and the machine table's bulk edits through InventoryTaskRunner.
class TestInventoryProgress : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void importReportsIncreasingProgressToTheTotal();
    void cancelledImportWritesNothing();
    void importDialogShowsProgressAndCancels();
    void bulkSetPoolReportsProgressAndCancels();

private:
    static InventoryDocument fleet(int hosts);
    int machineCount() const;
    int auditCount() const;
    // Holds the database's write lock on a connection of its own until unlock(): a
    // task started meanwhile waits (busy timeout) before it writes its first row.
    void lock();
    void unlock();

    std::unique_ptr<test::TempDatabase> m_db;
    QString m_lockConnection;
};

void TestInventoryProgress::init()
{
    m_db = std::make_unique<test::TempDatabase>();
    test::seedInventory(m_db->db());
}

void TestInventoryProgress::cleanup()
{
    unlock();
    m_db.reset();
}

InventoryDocument TestInventoryProgress::fleet(int hosts)
{
    InventoryDocument doc;
    doc.sourceName = QStringLiteral("fleet.json");
    for (const char* path : {"fleet", "fleet/rack"}) {
        InventoryNode n;
        n.path = QString::fromLatin1(path);
        doc.nodes << n;
    }
    for (int i = 0; i < hosts; ++i) {
        InventoryHost h;
        h.name = QStringLiteral("node%1").arg(i, 5, 10, QLatin1Char('0'));
        h.address = QStringLiteral("10.1.%1.%2").arg(i / 250).arg(i % 250 + 1);
        h.nodePaths = {QStringLiteral("fleet/rack")};
        doc.hosts << h;
    }
    return doc;
}

int TestInventoryProgress::machineCount() const
{
    QSqlQuery q(m_db->db()->connection());
    return q.exec("SELECT count(*) FROM machines") && q.next() ? q.value(0).toInt() : -1;
}

int TestInventoryProgress::auditCount() const
{
    QSqlQuery q(m_db->db()->connection());
    return q.exec("SELECT count(*) FROM audit_log") && q.next() ? q.value(0).toInt() : -1;
}

void TestInventoryProgress::lock()
{
    m_lockConnection = QStringLiteral("lock-%1").arg(quintptr(this));
    QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_lockConnection);
    c.setDatabaseName(m_db->path());
    QVERIFY(c.open());
    QVERIFY(QSqlQuery(c).exec(QStringLiteral("BEGIN IMMEDIATE")));
}

void TestInventoryProgress::unlock()
{
    if (m_lockConnection.isEmpty())
        return;
    {
        QSqlDatabase c = QSqlDatabase::database(m_lockConnection);
        QSqlQuery(c).exec(QStringLiteral("ROLLBACK"));
        c.close();
    }
    QSqlDatabase::removeDatabase(m_lockConnection);
    m_lockConnection.clear();
}

void TestInventoryProgress::importReportsIncreasingProgressToTheTotal()
{
    QList<std::pair<qint64, qint64>> reports;
    InventoryWriter writer(m_db->db());
    InventoryApplier applier(writer);
    applier.setProgress([&reports](qint64 done, qint64 total) {
        reports.append({done, total});
        return true;
    });
    auto plan = applier.apply(fleet(3000));
    QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().message));
    const qint64 total = 2 + 3000 + 3000; // nodes, machines, bindings
    QVERIFY(reports.size() >= 10);
    QVERIFY(reports.size() <= 120); // about every 1%, not every row
    for (int i = 0; i < reports.size(); ++i) {
        QCOMPARE(reports.at(i).second, total);
        if (i > 0)
            QVERIFY(reports.at(i).first > reports.at(i - 1).first);
    }
    QCOMPARE(reports.last().first, total);
    QCOMPARE(machineCount(), 5 + 3000);
}

void TestInventoryProgress::cancelledImportWritesNothing()
{
    const int machines = machineCount();
    const int audits = auditCount();
    qint64 last = 0;
    InventoryWriter writer(m_db->db());
    InventoryApplier applier(writer);
    applier.setProgress([&last](qint64 done, qint64 total) {
        last = done;
        return done < total / 2; // the operator cancels half-way
    });
    auto plan = applier.apply(fleet(3000));
    QVERIFY(!plan.ok());
    QVERIFY2(plan.error().message.contains("nothing was written"), qPrintable(plan.error().message));
    QVERIFY(last >= 3000 && last < 6002);
    QCOMPARE(machineCount(), machines);
    QCOMPARE(auditCount(), audits);
}

void TestInventoryProgress::importDialogShowsProgressAndCancels()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("fleet.csv");
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name,address,node_path\n");
        for (int i = 0; i < 3000; ++i)
            f.write(QStringLiteral("node%1,10.2.%2.%3,fleet/rack\n")
                        .arg(i)
                        .arg(i / 250)
                        .arg(i % 250 + 1)
                        .toUtf8());
    }
    ImportDialog dialog(m_db->db());
    dialog.show();
    dialog.setFile(path, "csv");
    QSignalSpy previewed(&dialog, &ImportDialog::previewReady);
    QSignalSpy failed(&dialog, &ImportDialog::failed);
    QSignalSpy applied(&dialog, &ImportDialog::applied);
    dialog.preview();
    QVERIFY(previewed.wait(10000));
    const int machines = machineCount();
    const int audits = auditCount();

    lock(); // the import waits for the lock: Cancel is pressed before it writes a row
    dialog.apply();
    QVERIFY(dialog.isApplying());
    QVERIFY(dialog.progressBar()->isVisible());
    QVERIFY(dialog.cancelButton()->isVisible());
    dialog.cancelButton()->click();
    unlock();
    QVERIFY(failed.wait(10000));
    QVERIFY2(failed.first().first().toString().contains("cancelled"),
             qPrintable(failed.first().first().toString()));
    QVERIFY(dialog.isVisible()); // still there, plan kept: Apply again
    QCOMPARE(machineCount(), machines);
    QCOMPARE(auditCount(), audits);

    QList<int> values;
    connect(dialog.progressBar(), &QProgressBar::valueChanged, this, [&values](int v) { values << v; });
    dialog.apply();
    QVERIFY(applied.wait(10000));
    QVERIFY(!values.isEmpty());
    for (int i = 1; i < values.size(); ++i)
        QVERIFY(values.at(i) > values.at(i - 1));
    QCOMPARE(values.last(), 2 + 3000 + 3000);
    QCOMPARE(machineCount(), machines + 3000);
}

void TestInventoryProgress::bulkSetPoolReportsProgressAndCancels()
{
    InventoryWriter writer(m_db->db());
    QVERIFY(InventoryApplier(writer).apply(fleet(2000)).ok());
    test::FakePrompter prompter;
    InventoryView view(m_db->db());
    view.setPrompter(&prompter);
    view.resize(1000, 700);
    view.show();
    QTRY_COMPARE(view.machineModel()->rowCount(), 2005);
    MachineTablePanel* panel = view.machinePanel();
    QStringList names;
    for (int i = 0; i < 2000; ++i)
        names << QStringLiteral("node%1").arg(i, 5, 10, QLatin1Char('0'));
    panel->selectNames(names);
    QCOMPARE(panel->selectedNames().size(), 2000);

    QSignalSpy progress(view.runner(), &InventoryTaskRunner::progress);
    QSignalSpy finished(view.runner(), &InventoryTaskRunner::finished);
    prompter.texts = {QString("bulk")};
    panel->setPoolAction()->trigger();
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.first().at(1).toBool());
    QVERIFY(progress.size() >= 10);
    for (int i = 1; i < progress.size(); ++i)
        QVERIFY(progress.at(i).at(1).toLongLong() > progress.at(i - 1).at(1).toLongLong());
    QCOMPARE(progress.last().at(1).toLongLong(), 2000);
    QCOMPARE(progress.last().at(2).toLongLong(), 2000);
    QCOMPARE((*InventoryReader(m_db->db()).machine("node00007"))->pool, QString("bulk"));

    // Cancel: nothing of the change is written.
    const int audits = auditCount();
    finished.clear();
    lock();
    prompter.texts = {QString("edge")};
    panel->setTagsAction()->trigger();
    QTRY_VERIFY(view.progressBar()->isVisible());
    view.runner()->cancel();
    unlock();
    QVERIFY(finished.wait(10000));
    QVERIFY(!finished.first().at(1).toBool());
    QVERIFY(finished.first().at(2).toString().contains("cancelled"));
    QCOMPARE(auditCount(), audits);
    QVERIFY((*InventoryReader(m_db->db()).machine("node00007"))->tags.isEmpty());
    QTRY_VERIFY(!view.progressBar()->isVisible());
}

QTEST_MAIN(TestInventoryProgress)
#include "tst_inventoryprogress.moc"
