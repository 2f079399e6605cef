// Jobs > Deploy…'s gate (issue 11, part 5), offscreen: "Require checks to pass after each
// batch" lists the checks (CheckStore), and the chosen ones with the retry interval reach
// the receiver of the prepared job (preparedGated), as `deploy --gate CHECKS --gate-retry
// S` gives them to the CLI's runner. A check that no longer exists refuses (as the CLI's
// CheckGate::validate); with nobody to run a gate, the dialog refuses rather than deploy
// ungated. No sshd: preparing a deploy reads the inventory and the package only.

#include "../deploy/PackageBuilder.h"
#include "TestSupport.h"
#include "checks/CheckStore.h"
#include "deploy/JobPreparer.h"
#include "jobs/DeployDialog.h"

#include <QCheckBox>
#include <QFile>
#include <QListWidget>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace opsdeck;

Q_DECLARE_METATYPE(opsdeck::PreparedJob)

class TestDeployDialogGate : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempDatabase> m_db;
    QTemporaryDir m_home;
    QString m_package;

    void cli(const QStringList& args)
    {
        auto r = test::runCli(QStringList{QStringLiteral("--db"), m_db->path()} + args);
        QVERIFY2(r.exitCode == 0, qPrintable(args.join(' ') + ": " + QString::fromUtf8(r.err)));
    }
    std::unique_ptr<DeployDialog> dialog()
    {
        auto d = std::make_unique<DeployDialog>(m_db->db());
        QSignalSpy loaded(d.get(), &DeployDialog::checksLoaded);
        if (!loaded.wait(10000))
            return nullptr;
        d->setServicePath(QStringLiteral("shop/app"));
        d->setPackageFile(m_package);
        return d;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<PreparedJob>();
        m_db = std::make_unique<test::TempDatabase>();
        cli({"tree", "add", "shop/app", "--kind", "service"});
        for (const char* m : {"w1", "w2"}) {
            cli({"machine", "add", m, "--address", "127.0.0.1"});
            cli({"machine", "transition", m, "init"});
            cli({"machine", "transition", m, "online"});
            cli({"unit", "add", "shop/app", "--machine", m, "--port", "7000"});
        }
        cli({"service", "set", "shop/app", "--deploy-root",
             m_home.filePath(QStringLiteral("hosts/{machine}"))});
        CheckStore checks(m_db->db());
        for (const char* name : {"app-http", "app-tcp", "site"}) {
            CheckDefinition d;
            d.name = QString::fromLatin1(name);
            d.kind = CheckKind::Tcp;
            d.nodePath = d.name == QLatin1String("site") ? QString() : QStringLiteral("shop/app");
            d.params = {{QStringLiteral("port"), 7000}};
            if (d.name == QLatin1String("site"))
                d.params.insert(QStringLiteral("host"), QStringLiteral("127.0.0.1"));
            QVERIFY2(checks.add(d).ok(), name);
        }
        m_package = m_home.filePath(QStringLiteral("app.tar.gz"));
        QFile f(m_package);
        const QByteArray bytes = test::hookPackage(QStringLiteral("#!/bin/sh\\necho up\\n"));
        QVERIFY(!bytes.isEmpty() && f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size());
    }

    void listsTheChecksAndStartsWithTheGateOff()
    {
        auto d = dialog();
        QVERIFY(d);
        QCOMPARE(d->availableChecks(), (QStringList{QStringLiteral("app-http"), QStringLiteral("app-tcp"),
                                                    QStringLiteral("site")}));
        QVERIFY(!d->findChild<QCheckBox*>(QStringLiteral("deployGate"))->isChecked());
        QVERIFY(!d->findChild<QListWidget*>(QStringLiteral("deployGateChecks"))->isEnabled());
        QVERIFY(d->gateChecks().isEmpty());
        QCOMPARE(d->gateRetrySecs(), 30); // deploy --gate-retry's default
    }

    void chosenChecksReachTheJob()
    {
        auto d = dialog();
        QVERIFY(d);
        // As a user does: the box, then two checks in the list.
        d->findChild<QCheckBox*>(QStringLiteral("deployGate"))->setChecked(true);
        auto* list = d->findChild<QListWidget*>(QStringLiteral("deployGateChecks"));
        QVERIFY(list->isEnabled());
        list->item(0)->setCheckState(Qt::Checked); // app-http
        list->item(2)->setCheckState(Qt::Checked); // site
        d->findChild<QSpinBox*>(QStringLiteral("deployGateRetry"))->setValue(5);
        QCOMPARE(d->gateChecks(), (QStringList{QStringLiteral("app-http"), QStringLiteral("site")}));

        QSignalSpy plain(d.get(), &DeployDialog::prepared);
        QSignalSpy gated(d.get(), &DeployDialog::preparedGated);
        QSignalSpy checked(d.get(), &DeployDialog::checked);
        d->submit();
        QVERIFY(checked.wait(10000));
        QVERIFY2(checked.last().first().toBool(), qPrintable(d->errorText()));
        QCOMPARE(plain.count(), 0);
        QCOMPARE(gated.count(), 1);
        const auto job = gated.at(0).at(0).value<PreparedJob>();
        QCOMPARE(job.spec.kind, JobKind::Deploy);
        QCOMPARE(job.spec.target, QStringLiteral("shop/app"));
        QCOMPARE(job.hosts.size(), 2);
        QCOMPARE(gated.at(0).at(1).toStringList(),
                 (QStringList{QStringLiteral("app-http"), QStringLiteral("site")}));
        QCOMPARE(gated.at(0).at(2).toInt(), 5);
        QCOMPARE(d->result(), int(QDialog::Accepted));
    }

    void withoutTheGateTheJobGoesAsBefore()
    {
        auto d = dialog();
        QVERIFY(d);
        d->setGateChecks({QStringLiteral("app-tcp")});
        d->setGateChecks({}); // and off again
        QVERIFY(!d->findChild<QCheckBox*>(QStringLiteral("deployGate"))->isChecked());
        QSignalSpy plain(d.get(), &DeployDialog::prepared);
        QSignalSpy gated(d.get(), &DeployDialog::preparedGated);
        QSignalSpy checked(d.get(), &DeployDialog::checked);
        d->submit();
        QVERIFY(checked.wait(10000));
        QVERIFY2(checked.last().first().toBool(), qPrintable(d->errorText()));
        QCOMPARE(plain.count(), 1);
        QCOMPARE(gated.count(), 0);
    }

    void aGateWithNoCheckOrAMissingOneIsRefused()
    {
        auto d = dialog();
        QVERIFY(d);
        QSignalSpy gated(d.get(), &DeployDialog::preparedGated);
        QSignalSpy checked(d.get(), &DeployDialog::checked);
        d->findChild<QCheckBox*>(QStringLiteral("deployGate"))->setChecked(true);
        d->submit(); // the box on, no check chosen: at once
        QCOMPARE(checked.count(), 1);
        QCOMPARE(checked.last().first().toBool(), false);
        QVERIFY(d->errorText().contains(QStringLiteral("Choose the checks")));

        d->setGateChecks({QStringLiteral("app-tcp")});
        auto removed = CheckStore(m_db->db()).get(QStringLiteral("app-tcp"));
        QVERIFY(removed.ok());
        QVERIFY(CheckStore(m_db->db()).remove(removed->id).ok()); // gone after it was listed
        d->submit();
        QVERIFY(checked.wait(10000));
        QCOMPARE(checked.last().first().toBool(), false);
        QVERIFY2(d->errorText().contains(QStringLiteral("app-tcp")), qPrintable(d->errorText()));
        QCOMPARE(gated.count(), 0);
        QCOMPARE(d->result(), int(QDialog::Rejected)); // still open, nothing started
        QVERIFY(CheckStore(m_db->db()).add(*removed).ok());
    }

    void nobodyToRunTheGateRefusesRatherThanDeployUngated()
    {
        auto d = dialog();
        QVERIFY(d);
        d->setGateChecks({QStringLiteral("app-http")});
        QSignalSpy plain(d.get(), &DeployDialog::prepared); // a receiver of the ungated job only
        QSignalSpy checked(d.get(), &DeployDialog::checked);
        d->submit();
        QVERIFY(checked.wait(10000));
        QCOMPARE(checked.last().first().toBool(), false);
        QVERIFY2(d->errorText().contains(QStringLiteral("--gate app-http")), qPrintable(d->errorText()));
        QCOMPARE(plain.count(), 0);
    }
};

QTEST_MAIN(TestDeployDialogGate)
#include "tst_deploydialog_gate.moc"
