// RetentionRulesPanel (Sources tab): the rules in order with the default last, Add and
// Remove saved off the GUI thread into the store (and so the settings), a bad rule shown
// in the panel and nothing saved.

#include "TestSupport.h"
#include "metrics/MetricStore.h"
#include "sources/RetentionRulesPanel.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace opsdeck;

class TstRetentionRulesPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void addShowAndRemove()
    {
        test::TempDatabase db;
        ManualClock clock(1700000000LL * 1000);
        MetricStore store(db.db(), clock);
        RetentionRulesPanel panel(store);
        QCOMPARE(panel.table()->rowCount(), 1); // only the default
        QCOMPARE(panel.table()->item(0, 2)->text(), store.retention().toString());

        QSignalSpy saved(&panel, &RetentionRulesPanel::saved);
        panel.findChild<QLineEdit*>(QStringLiteral("retentionName"))->setText(QStringLiteral("server"));
        panel.findChild<QLineEdit*>(QStringLiteral("retentionPattern"))
            ->setText(QStringLiteral("^server\\..*"));
        panel.findChild<QLineEdit*>(QStringLiteral("retentionSpec"))
            ->setText(QStringLiteral("60s:1d,5m:7d,15m:3y"));
        QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("retentionAdd")), Qt::LeftButton);
        QVERIFY(saved.wait(10000));
        QCOMPARE(saved.at(0).at(0).toBool(), true);
        QCOMPARE(panel.table()->rowCount(), 2);
        QCOMPARE(panel.table()->item(0, 0)->text(), QStringLiteral("server"));
        QCOMPARE(panel.table()->item(0, 2)->text(), QStringLiteral("1m:1d,5m:7d,15m:1095d"));
        QVERIFY(panel.errorText().isEmpty());
        {
            MetricStore again(db.db(), clock); // saved in the settings
            QCOMPARE(again.retentionRules().rules().size(), 1);
        }

        // A bad pattern: shown, nothing saved.
        QSignalSpy failed(&panel, &RetentionRulesPanel::failed);
        panel.addRule(QStringLiteral("bad"), QStringLiteral("^(x"), QStringLiteral("1m:1d"));
        QCOMPARE(failed.size(), 1);
        QVERIFY(panel.errorText().contains(QLatin1String("^(x")));
        QCOMPARE(store.retentionRules().rules().size(), 1);

        panel.table()->setCurrentCell(0, 0);
        QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("retentionRemove")), Qt::LeftButton);
        QVERIFY(saved.wait(10000));
        QCOMPARE(panel.table()->rowCount(), 1);
        QVERIFY(store.retentionRules().isEmpty());
    }
};

QTEST_MAIN(TstRetentionRulesPanel)
#include "tst_retentionrulespanel.moc"
