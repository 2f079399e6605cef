// NagiosOutput on captured real outputs of Debian's monitoring-plugins (check_disk,
// check_procs, check_load under LC_ALL=C; tests/data/nagios/*.out with their exit codes
// in *.exit), the plugin guidelines' multi-line example, and broken input.
#include "TestSupport.h"
#include "checks/NagiosOutput.h"
#include "checks/NagiosProbe.h"

#include <QTest>

using namespace opsdeck;

class tst_NagiosOutput : public QObject
{
    Q_OBJECT

private slots:
    void fixtures_data();
    void fixtures();
    void multiLinePerfData();
    void quotedLabelsAndMalformedItems();
    void exitCodes_data();
    void exitCodes();
    void garbage();
    void boundedOnHugeOutput();
    void probeResultFromOutput();

private:
    static NagiosOutput fixture(const QString& name)
    {
        const int code =
            opsdeck::test::testData(QStringLiteral("nagios/%1.exit").arg(name)).trimmed().toInt();
        return NagiosOutput::parse(code, opsdeck::test::testData(QStringLiteral("nagios/%1.out").arg(name)));
    }
};

void tst_NagiosOutput::fixtures_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("textStart");
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<QString>("uom");

    const QStringList load{QStringLiteral("load1"), QStringLiteral("load5"), QStringLiteral("load15")};
    QTest::newRow("check_disk ok") << "check_disk_ok" << int(CheckStatus::Ok) << "DISK OK - free space: /"
                                   << QStringList{QStringLiteral("/")} << "B";
    QTest::newRow("check_disk critical") << "check_disk_critical" << int(CheckStatus::Critical)
                                         << "DISK CRITICAL" << QStringList{QStringLiteral("/")} << "B";
    QTest::newRow("check_disk two") << "check_disk_two" << int(CheckStatus::Ok) << "DISK OK"
                                    << QStringList{QStringLiteral("/"), QStringLiteral("/dev/shm")} << "B";
    QTest::newRow("check_procs ok") << "check_procs_ok" << int(CheckStatus::Ok)
                                    << "PROCS OK:" << QStringList{QStringLiteral("procs")} << "";
    QTest::newRow("check_procs warning") << "check_procs_warning" << int(CheckStatus::Warning)
                                         << "PROCS WARNING:" << QStringList{QStringLiteral("procs")} << "";
    QTest::newRow("check_procs critical") << "check_procs_critical" << int(CheckStatus::Critical)
                                          << "PROCS CRITICAL:" << QStringList{QStringLiteral("procs")} << "";
    QTest::newRow("check_load ok") << "check_load_ok" << int(CheckStatus::Ok) << "LOAD OK" << load << "";
    QTest::newRow("check_load critical -r")
        << "check_load_critical" << int(CheckStatus::Critical) << "LOAD CRITICAL"
        << QStringList{QStringLiteral("load1"),  QStringLiteral("scaled_load1"),
                       QStringLiteral("load5"),  QStringLiteral("scaled_load5"),
                       QStringLiteral("load15"), QStringLiteral("scaled_load15")}
        << "";
    QTest::newRow("check_load usage") << "check_load_usage" << int(CheckStatus::Unknown)
                                      << "check_load: Could not parse arguments" << QStringList{} << "";
}

void tst_NagiosOutput::fixtures()
{
    QFETCH(QString, name);
    QFETCH(int, status);
    QFETCH(QString, textStart);
    QFETCH(QStringList, labels);
    QFETCH(QString, uom);
    const NagiosOutput o = fixture(name);
    QCOMPARE(int(o.status), status);
    QVERIFY2(o.text.startsWith(textStart), qPrintable(o.text));
    QVERIFY(!o.text.contains(u'|'));
    QVERIFY2(o.perfErrors.isEmpty(), qPrintable(o.perfErrors.join(u'\n')));
    QStringList got;
    for (const NagiosPerfDatum& d : o.perf) {
        got << d.label;
        QVERIFY(d.value.has_value());
        QCOMPARE(d.uom, uom);
    }
    QCOMPARE(got, labels);
}

void tst_NagiosOutput::multiLinePerfData()
{
    // The guidelines' example: perf data on the first line and from the first `|` of the
    // long output on, across lines.
    const NagiosOutput o = fixture(QStringLiteral("guidelines_multiline"));
    QCOMPARE(o.status, CheckStatus::Ok);
    QCOMPARE(o.text, QStringLiteral("DISK OK - free space: / 3326 MB (56%);"));
    QCOMPARE(o.longText, QStringLiteral("/ 15272 MB (77%);\n/boot 68 MB (69%);\n/home 69357 MB (27%);\n"
                                        "/var/log 819 MB (84%); "));
    QCOMPARE(o.perf.size(), 4);
    QCOMPARE(o.perf.at(0).label, QStringLiteral("/"));
    QCOMPARE(*o.perf.at(0).value, 2643.0);
    QCOMPARE(o.perf.at(0).uom, QStringLiteral("MB"));
    QCOMPARE(o.perf.at(0).warning, QStringLiteral("5948"));
    QCOMPARE(o.perf.at(0).critical, QStringLiteral("5958"));
    QCOMPARE(*o.perf.at(0).min, 0.0);
    QCOMPARE(*o.perf.at(0).max, 5968.0);
    QCOMPARE(o.perf.at(1).label, QStringLiteral("/boot"));
    QCOMPARE(o.perf.at(2).label, QStringLiteral("/home"));
    QCOMPARE(*o.perf.at(2).value, 69357.0);
    QCOMPARE(o.perf.at(3).label, QStringLiteral("/var/log"));
    QCOMPARE(*o.perf.at(3).max, 980.0);
}

void tst_NagiosOutput::quotedLabelsAndMalformedItems()
{
    const NagiosOutput o = fixture(QStringLiteral("quoted_and_malformed"));
    QCOMPARE(o.status, CheckStatus::Ok); // bad perf data never changes the status
    QCOMPARE(o.text, QStringLiteral("OK - quoted labels"));
    QStringList labels;
    for (const NagiosPerfDatum& d : o.perf)
        labels << d.label;
    QCOMPARE(labels, (QStringList{QStringLiteral("label with spaces"), QStringLiteral("it's"),
                                  QStringLiteral("x"), QStringLiteral("c")}));
    QCOMPARE(*o.perf.at(0).value, 1.5);
    QCOMPARE(o.perf.at(0).uom, QStringLiteral("s"));
    QCOMPARE(*o.perf.at(0).max, 10.0);
    QCOMPARE(o.perf.at(1).uom, QStringLiteral("%"));
    QVERIFY(!o.perf.at(2).value.has_value()); // U: undetermined
    QCOMPARE(o.perf.at(3).uom, QStringLiteral("c"));
    // bad=;1, =5, novalue, noeq=abc, 'unterminated=4: each reported, none kept.
    QCOMPARE(o.perfErrors.size(), 5);
    QVERIFY(o.perfErrors.join(u'\n').contains(QStringLiteral("noeq=abc")));
}

void tst_NagiosOutput::exitCodes_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("status");
    QTest::newRow("0") << 0 << int(CheckStatus::Ok);
    QTest::newRow("1") << 1 << int(CheckStatus::Warning);
    QTest::newRow("2") << 2 << int(CheckStatus::Critical);
    QTest::newRow("3") << 3 << int(CheckStatus::Unknown);
    QTest::newRow("4") << 4 << int(CheckStatus::Unknown);
    QTest::newRow("255") << 255 << int(CheckStatus::Unknown);
    QTest::newRow("-1") << -1 << int(CheckStatus::Unknown);
}

void tst_NagiosOutput::exitCodes()
{
    QFETCH(int, code);
    QFETCH(int, status);
    const NagiosOutput o = NagiosOutput::parse(code, "SOMETHING - text\n");
    QCOMPARE(int(o.status), status);
    QCOMPARE(o.exitCode, code);
    QCOMPARE(o.text, QStringLiteral("SOMETHING - text"));
}

void tst_NagiosOutput::garbage()
{
    const QList<QByteArray> inputs{
        QByteArray(),
        QByteArray("|"),
        QByteArray("||||"),
        QByteArray("\xff\xfe\x00\x01 | \x80=\x81", 14),
        QByteArray("text | '"),
        QByteArray("text | ''=1"),
        QByteArray("text | a=1e;;;;;;;; b=1e999 c=--1 d=1.2.3 e=nan f=inf"),
        QByteArray("\r\n\r\n|a=1\r\n"),
    };
    for (const QByteArray& in : inputs) {
        const NagiosOutput o = NagiosOutput::parse(0, in);
        QCOMPARE(o.status, CheckStatus::Ok);
        for (const NagiosPerfDatum& d : o.perf) {
            QVERIFY(!d.label.trimmed().isEmpty());
            if (d.value)
                QVERIFY(std::isfinite(*d.value));
        }
    }
    const NagiosOutput o = NagiosOutput::parse(0, "text | a=1e;;;;;;;; b=1e999 c=--1 d=1.2.3 e=nan f=inf");
    QCOMPARE(o.perf.size(), 1); // a=1 with the unit "e"
    QCOMPARE(o.perf.first().label, QStringLiteral("a"));
    QCOMPARE(o.perfErrors.size(), 5);
}

void tst_NagiosOutput::boundedOnHugeOutput()
{
    QByteArray huge = QByteArray(100000, 'x') + " | ";
    for (int i = 0; i < 5000; ++i)
        huge += "m" + QByteArray::number(i) + "=1 ";
    huge += '\n' + QByteArray(200000, 'y') + '\n';
    const NagiosOutput o = NagiosOutput::parse(2, huge);
    QCOMPARE(o.status, CheckStatus::Critical);
    QCOMPARE(o.text.size(), NagiosOutput::maxTextChars);
    QCOMPARE(o.perf.size(), NagiosOutput::maxPerfItems);
    QVERIFY(o.longText.size() <= NagiosOutput::maxLongTextChars);
    QVERIFY(!o.perfErrors.isEmpty());
}

void tst_NagiosOutput::probeResultFromOutput()
{
    ProbeResult r = NagiosProbe::fromOutput(1, "PROCS WARNING: 81 processes | procs=81;1;100000;0;\n");
    QCOMPARE(r.status, CheckStatus::Warning);
    QCOMPARE(r.message, QStringLiteral("PROCS WARNING: 81 processes"));
    QCOMPARE(r.value, std::optional<double>(81));
    QCOMPARE(r.perf.size(), 1);
    QCOMPARE(r.perf.first().first, QStringLiteral("procs"));

    r = NagiosProbe::fromOutput(0, "", "sh: 1: oops: not found");
    QCOMPARE(r.status, CheckStatus::Unknown);
    QVERIFY(r.message.contains(QStringLiteral("printed nothing")));
    QVERIFY(r.message.contains(QStringLiteral("oops")));

    r = NagiosProbe::fromOutput(255, "FATAL something\n");
    QCOMPARE(r.status, CheckStatus::Unknown);
    QVERIFY2(r.message.contains(QStringLiteral("255")), qPrintable(r.message));

    r = NagiosProbe::fromOutput(2, "CRIT | a=1 bad=x\n");
    QCOMPARE(r.status, CheckStatus::Critical); // malformed perf data: the status still counts
    QVERIFY(r.message.contains(QStringLiteral("bad=x")));
    QCOMPARE(r.perf.size(), 1);
}

QTEST_GUILESS_MAIN(tst_NagiosOutput)
#include "tst_nagiosoutput.moc"
