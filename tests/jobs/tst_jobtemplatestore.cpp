#include "TestSupport.h"
#include "jobs/JobTemplateStore.h"

#include <QTest>

using namespace opsdeck;

class TestJobTemplateStore : public QObject
{
    Q_OBJECT

private slots:
    void aTemplateKeepsItsKindTargetAndOptions()
    {
        test::TempDatabase db;
        JobTemplateStore store(db.db());
        JobTemplate t{QStringLiteral("uptime-web"),
                      JobKind::Command,
                      QStringLiteral("/prod/web"),
                      QJsonObject{{QStringLiteral("command"), QStringLiteral("uptime")},
                                  {QStringLiteral("select"), QStringLiteral("node")},
                                  {QStringLiteral("parallel"), 5}},
                      0,
                      0,
                      {}};
        const Status saved = store.save(t, 1000);
        QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
        auto back = store.get(QStringLiteral("uptime-web"));
        QVERIFY(back.ok());
        QCOMPARE(back->kind, JobKind::Command);
        QCOMPARE(back->target, QStringLiteral("/prod/web"));
        QCOMPARE(back->options, t.options);
        QCOMPARE(back->createdMs, 1000);
        QCOMPARE(back->updatedMs, 1000);
    }

    void savingTheSameNameReplacesItAndKeepsItsCreation()
    {
        test::TempDatabase db;
        JobTemplateStore store(db.db());
        QVERIFY(store.save({QStringLiteral("t"), JobKind::Command, QStringLiteral("a"), {}, 0, 0, {}}, 1000)
                    .ok());
        QVERIFY(store
                    .save({QStringLiteral("t"),
                           JobKind::Deploy,
                           QStringLiteral("/svc"),
                           QJsonObject{{QStringLiteral("package"), QStringLiteral("/p.tar.gz")}},
                           0,
                           0,
                           {}},
                          2000)
                    .ok());
        auto list = store.list();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().kind, JobKind::Deploy);
        QCOMPARE(list->first().target, QStringLiteral("/svc"));
        QCOMPARE(list->first().createdMs, 1000);
        QCOMPARE(list->first().updatedMs, 2000);
    }

    void listIsByNameAndRemoveForgets()
    {
        test::TempDatabase db;
        JobTemplateStore store(db.db());
        for (const char* n : {"zeta", "alpha", "mid"})
            QVERIFY(
                store.save({QString::fromLatin1(n), JobKind::Command, QStringLiteral("h"), {}, 0, 0, {}}, 1)
                    .ok());
        auto list = store.list();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 3);
        QCOMPARE(list->at(0).name, QStringLiteral("alpha"));
        QCOMPARE(list->at(2).name, QStringLiteral("zeta"));
        QVERIFY(store.remove(QStringLiteral("mid")).ok());
        QCOMPARE(store.list()->size(), 2);
        const Status again = store.remove(QStringLiteral("mid"));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, Error::Code::NotFound);
        auto gone = store.get(QStringLiteral("mid"));
        QVERIFY(!gone.ok());
        QVERIFY(gone.error().message.contains(QStringLiteral("mid")));
    }

    void aTemplateNeedsAName()
    {
        test::TempDatabase db;
        JobTemplateStore store(db.db());
        QVERIFY(
            !store.save({QStringLiteral("  "), JobKind::Command, QStringLiteral("h"), {}, 0, 0, {}}, 1).ok());
        QVERIFY(store.list()->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJobTemplateStore)
#include "tst_jobtemplatestore.moc"
