// ProbePool: a (check, target)'s probe kept for its next run, made anew for a changed
// definition, freed when the pair is gone, and an HTTP check's keychain password asked
// again before every run.
#include "checks/CheckProbe.h"
#include "checks/HttpProbe.h"
#include "checks/ProbePool.h"

#include <QJsonObject>
#include <QPointer>
#include <QTest>

using namespace opsdeck;

namespace {

CheckDefinition tcp(qint64 id, qint64 version, int port)
{
    CheckDefinition d;
    d.id = id;
    d.name = QStringLiteral("tcp%1").arg(id);
    d.kind = CheckKind::Tcp;
    d.version = version;
    d.params = QJsonObject{{QStringLiteral("port"), port}};
    return d;
}

} // namespace

class tst_ProbePool : public QObject
{
    Q_OBJECT

private slots:
    void reusesTheProbeOfAnUnchangedCheck()
    {
        ProbePool pool{ProbeServices{}};
        const CheckDefinition d = tcp(1, 1, 22);
        auto first = pool.take(d, QStringLiteral("web1"));
        QVERIFY(first.probe);
        QVERIFY(!first.reused);
        pool.put(d, QStringLiteral("web1"), first.probe);
        QCOMPARE(pool.idle(), 1);
        // Another target of the same check has a probe of its own.
        auto other = pool.take(d, QStringLiteral("web2"));
        QVERIFY(other.probe && other.probe != first.probe && !other.reused);
        auto again = pool.take(d, QStringLiteral("web1"));
        QCOMPARE(again.probe, first.probe);
        QVERIFY(again.reused);
        QCOMPARE(pool.idle(), 0);
        delete other.probe;
        delete again.probe;
    }

    void aChangedCheckGetsANewProbe_data()
    {
        QTest::addColumn<qint64>("version");
        QTest::addColumn<int>("port");
        QTest::newRow("new version") << qint64(2) << 22;
        QTest::newRow("other params") << qint64(1) << 2222;
    }
    void aChangedCheckGetsANewProbe()
    {
        QFETCH(qint64, version);
        QFETCH(int, port);
        ProbePool pool{ProbeServices{}};
        const CheckDefinition d = tcp(1, 1, 22);
        auto first = pool.take(d, QStringLiteral("web1"));
        QPointer<CheckProbe> old = first.probe;
        pool.put(d, QStringLiteral("web1"), first.probe);
        auto changed = pool.take(tcp(1, version, port), QStringLiteral("web1"));
        QVERIFY(!changed.reused);
        QCOMPARE(changed.probe->check().params.value(QStringLiteral("port")).toInt(), port);
        QTRY_VERIFY(old.isNull()); // the stale one is freed (later: it may be delivering a signal)
        delete changed.probe;
    }

    void retainFreesThePairsThatAreGone()
    {
        ProbePool pool{ProbeServices{}};
        const CheckDefinition a = tcp(1, 1, 22);
        const CheckDefinition b = tcp(2, 1, 22);
        auto pa = pool.take(a, QStringLiteral("web1"));
        auto pb = pool.take(b, QStringLiteral("web1"));
        QPointer<CheckProbe> gone = pb.probe;
        pool.put(a, QStringLiteral("web1"), pa.probe);
        pool.put(b, QStringLiteral("web1"), pb.probe);
        pool.retain({{1, QStringLiteral("web1")}});
        QCOMPARE(pool.idle(), 1);
        QTRY_VERIFY(gone.isNull());
        QVERIFY(pool.take(a, QStringLiteral("web1")).reused);
        delete pa.probe;
    }

    void anHttpCheckAsksForItsPasswordEveryRun()
    {
        int asked = 0;
        ProbeServices services;
        services.password = [&](const CheckDefinition&) {
            return QStringLiteral("secret%1").arg(++asked);
        };
        ProbePool pool(services);
        CheckDefinition d;
        d.id = 7;
        d.name = QStringLiteral("web");
        d.kind = CheckKind::Http;
        d.params = QJsonObject{{QStringLiteral("url"), QStringLiteral("http://127.0.0.1:1/")},
                               {QStringLiteral("user"), QStringLiteral("ops")}};
        auto first = pool.take(d, QString());
        QVERIFY(qobject_cast<HttpProbe*>(first.probe));
        QCOMPARE(asked, 1);
        pool.put(d, QString(), first.probe);
        auto again = pool.take(d, QString());
        QVERIFY(again.reused);
        QCOMPARE(asked, 2);
        delete again.probe;
    }
};

QTEST_GUILESS_MAIN(tst_ProbePool)
#include "tst_probepool.moc"
