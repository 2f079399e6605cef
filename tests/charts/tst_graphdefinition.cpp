// GraphDefinitionParser: Kurado's metrics-graph text (RRDtool graph lines) into values;
// a definition with an error names its line.

#include "TestSupport.h"
#include "charts/GraphDefinition.h"

#include <QRegularExpression>
#include <QTest>

using namespace opsdeck;

class TestGraphDefinition : public QObject
{
    Q_OBJECT
private slots:
    void parsesAKuradoFile()
    {
        const auto r = GraphDefinitionParser::parse(
            QString::fromUtf8(test::testData(QStringLiteral("graphs/host.def"))));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->size(), 2);

        const GraphDefinition& t = r->at(0);
        QCOMPARE(t.name, QStringLiteral("traffic"));
        QCOMPARE(t.title, QStringLiteral("Traffic (bits/s)"));
        QVERIFY(t.usesDevice);
        QCOMPARE(t.defs.size(), 2);
        QCOMPARE(t.defs[0].name, QStringLiteral("rx"));
        QCOMPARE(t.defs[0].metric, QStringLiteral("traffic-<?= $device ?>-rxbytes"));
        QCOMPARE(t.defs[0].type, QStringLiteral("derive"));
        QCOMPARE(t.defs[0].consolidation, QStringLiteral("AVERAGE"));
        QCOMPARE(t.cdefs.size(), 2);
        QCOMPARE(t.cdefs[0].rpn, (QStringList{"rx", "0", "125000000000", "LIMIT", "8", "*"}));
        QCOMPARE(t.elements.size(), 2);
        QCOMPARE(t.elements[0].style, GraphElementStyle::Area);
        QCOMPARE(t.elements[0].color, QStringLiteral("#00c000"));
        QCOMPARE(t.elements[0].legend, QStringLiteral("Inbound"));
        QCOMPARE(t.elements[1].style, GraphElementStyle::Line);
        QCOMPARE(t.elements[1].width, 1.0);
        QCOMPARE(t.prints.size(), 5);
        QCOMPARE(t.printsOf(QStringLiteral("inbits")).size(), 3);
        QCOMPARE(t.prints[0].format, QStringLiteral("Cur:%6.2lf%sbps"));
        QCOMPARE(t.prints[2].statistic, GraphStatistic::Max);
        QCOMPARE(t.prints[2].format, QStringLiteral("Max:%6.2lf%sbps")); // "\l" is RRDtool's layout

        const GraphDefinition eth0 = GraphDefinitionParser::instantiate(t, QStringLiteral("eth0"));
        QCOMPARE(eth0.defs[1].metric, QStringLiteral("traffic-eth0-txbytes"));
        QVERIFY(!eth0.usesDevice);
        const QStringList patterns = GraphDefinitionParser::devicePatterns(t);
        QCOMPARE(patterns.size(), 2);
        const auto m = QRegularExpression(patterns[0]).match(QStringLiteral("traffic-bond0.12-rxbytes"));
        QVERIFY(m.hasMatch());
        QCOMPARE(m.captured(1), QStringLiteral("bond0.12"));

        const GraphDefinition& tcp = r->at(1);
        QCOMPARE(tcp.elements.size(), 1);
        QCOMPARE(tcp.elements[0].width, 2.0);
        QCOMPARE(tcp.elements[0].dashes, (QList<double>{3, 6}));
        QCOMPARE(tcp.prints[1].statistic, GraphStatistic::Min);
        QCOMPARE(tcp.notes.size(), 1); // the VDEF
        QVERIFY2(tcp.notes[0].startsWith(QStringLiteral("line 19: VDEF")), qPrintable(tcp.notes[0]));
    }

    void stackFollowsTheAreaBeforeIt()
    {
        const auto r =
            GraphDefinitionParser::parse(QStringLiteral("Memory\n"
                                                        "DEF:u=<%RRD_FOR memory-used.gauge %>:n:AVERAGE\n"
                                                        "DEF:c=<%RRD_FOR memory-cached.gauge %>:n:AVERAGE\n"
                                                        "DEF:s=<%RRD_FOR memory-swap.gauge %>:n:MAX\n"
                                                        "AREA:u#ffdd67:used\n"
                                                        "STACK:c#6060e0:cached\n"
                                                        "LINE2:s#ff0000:swap\n"
                                                        "LINE1:u#000000:again:STACK\n"),
                                         QStringLiteral("memory"));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        const GraphDefinition& g = r->first();
        QCOMPARE(g.name, QStringLiteral("memory")); // no @@: the fallback name
        QCOMPARE(g.elements[1].style, GraphElementStyle::Stack);
        QVERIFY(g.elements[1].areaFill);
        QCOMPARE(g.elements[3].style, GraphElementStyle::Stack);
        QVERIFY(!g.elements[3].areaFill);
        QCOMPARE(g.defs[2].consolidation, QStringLiteral("MAX"));
    }

    void otherSourcesAndHosts()
    {
        const auto r = GraphDefinitionParser::parse(
            QStringLiteral("@@ qps\nRequests\n"
                           "DEF:a=<%RRD servers.web1.nginx.requests %>:n:AVERAGE\n"
                           "DEF:b=<%RRD_EX nginx 10.0.0.2 requests.derive %>:n:AVERAGE\n"
                           "LINE1:a#112233:web1\nLINE1:b#445566:web2\n"));
        QVERIFY(r.ok());
        const GraphDefinition& g = r->first();
        QCOMPARE(g.defs[0].metric, QStringLiteral("servers.web1.nginx.requests")); // a Graphite path
        QCOMPARE(g.defs[0].type, QString());
        QCOMPARE(g.defs[1].host, QStringLiteral("10.0.0.2"));
        QCOMPARE(g.defs[1].metric, QStringLiteral("requests"));
    }

    void unsupportedRrdtoolIsLeftOutWithANote()
    {
        const auto r =
            GraphDefinitionParser::parse(QStringLiteral("Disk\n"
                                                        "DEF:u=<%RRD_FOR disk-used.gauge %>:n:AVERAGE\n"
                                                        "VDEF:slope=u,LSLSLOPE\n"
                                                        "CDEF:pred=u,POP,slope,COUNT,*\n"
                                                        "AREA:u#cc00ff:Used\n"
                                                        "LINE1:pred#00a000:Prediction\n"
                                                        "GPRINT:pred:LAST:%5.2lf\n"
                                                        "COMMENT:hello\n"));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        const GraphDefinition& g = r->first();
        QCOMPARE(g.elements.size(), 1);
        QVERIFY(g.prints.isEmpty());
        QCOMPARE(g.notes.size(), 5);
    }

    void errorsNameTheLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        const QString head = QStringLiteral("Title\nDEF:a=<%RRD_FOR x.gauge %>:n:AVERAGE\n");
        QTest::newRow("typo") << head + QStringLiteral("LINE1:a#ff0000:ok\nLIEN2:a#00ff00:x\n")
                              << QStringLiteral("line 4: unknown element 'LIEN2'");
        QTest::newRow("undefined") << head + QStringLiteral("AREA:b#ff0000:x\n")
                                   << QStringLiteral("line 3: 'b' is not defined");
        QTest::newRow("colour") << head + QStringLiteral("AREA:a#ff00:x\n")
                                << QStringLiteral("line 3: '#ff00' is not a colour (#RRGGBB)");
        QTest::newRow("statistic") << head + QStringLiteral("LINE1:a#ff0000\nGPRINT:a:MEDIAN:%6.2lf\n")
                                   << QStringLiteral(
                                          "line 4: unknown statistic 'MEDIAN' (LAST, AVERAGE, MAX or MIN)");
        QTest::newRow("format") << head + QStringLiteral("LINE1:a#ff0000\nGPRINT:a:LAST:no number\n")
                                << QStringLiteral(
                                       "line 4: GPRINT format 'no number' needs exactly one number (%lf)");
        QTest::newRow("cf") << QStringLiteral("T\nDEF:a=<%RRD_FOR x %>:n:MEAN\n")
                            << QStringLiteral(
                                   "line 2: unknown consolidation 'MEAN' (AVERAGE, MIN, MAX or LAST)");
        QTest::newRow("rpn") << head + QStringLiteral("CDEF:c=a,+\n")
                             << QStringLiteral("line 3: CDEF 'c': '+' needs 2 values");
        QTest::newRow("rpn leftover") << head + QStringLiteral("CDEF:c=a,a\n")
                                      << QStringLiteral("line 3: CDEF 'c' leaves 2 values, not one");
        QTest::newRow("def form") << QStringLiteral("T\nDEF:a=/var/x.rrd:n:AVERAGE\n")
                                  << QStringLiteral("line 2: DEF 'a' must read <%RRD_FOR key.type %>");
        QTest::newRow("twice") << head + QStringLiteral("DEF:a=<%RRD_FOR y %>:n:AVERAGE\n")
                               << QStringLiteral("line 3: 'a' is defined twice");
        QTest::newRow("no title")
            << QStringLiteral("DEF:a=<%RRD_FOR x %>:n:AVERAGE\n")
            << QStringLiteral("line 1: the first line must be the graph's title (its vertical label), "
                              "not an element");
        QTest::newRow("template")
            << QStringLiteral("T\nDEF:a=<%RRD_FOR x-<?= $port ?> %>:n:AVERAGE\n")
            << QStringLiteral("line 2: unknown template in 'DEF:a=<%RRD_FOR x-<?= $port ?> %>:n:AVERAGE' "
                              "(only <?= $device ?>)");
        QTest::newRow("draws nothing")
            << QStringLiteral("@@ a\nT\n@@ b\nT\nLINE1:x\n")
            << QStringLiteral("line 1: graph 'a' draws nothing (no LINE, AREA or STACK)");
        QTest::newRow("empty") << QStringLiteral("# only a comment\n")
                               << QStringLiteral("no graph: the first line must be the graph's title");
    }
    void errorsNameTheLine()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        const auto r = GraphDefinitionParser::parse(text);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, error);
        QCOMPARE(r.error().code, Error::Code::Usage);
    }

    void theFixtureWithATypo()
    {
        const auto r = GraphDefinitionParser::parse(
            QString::fromUtf8(test::testData(QStringLiteral("graphs/typo.def"))));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, QStringLiteral("line 7: unknown element 'LIEN2'"));
    }

    void formatPrint_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QStringLiteral("Cur:%6.2lf") << 3.14159 << QStringLiteral("Cur:  3.14");
        QTest::newRow("si") << QStringLiteral("Max:%6.2lf%sbps") << 12500000.0
                            << QStringLiteral("Max: 12.50Mbps");
        QTest::newRow("percent") << QStringLiteral("%5.1lf[%%]") << 42.0 << QStringLiteral(" 42.0[%]");
        QTest::newRow("small si") << QStringLiteral("%.1lf%s") << 0.002 << QStringLiteral("2.0m");
        QTest::newRow("left") << QStringLiteral("[%-6.0lf]") << 7.0 << QStringLiteral("[7     ]");
        QTest::newRow("nan") << QStringLiteral("%6.0lf") << std::nan("") << QStringLiteral("   nan");
    }
    void formatPrint()
    {
        QFETCH(QString, format);
        QFETCH(double, value);
        QFETCH(QString, text);
        QCOMPARE(GraphDefinitionParser::formatPrint(format, value), text);
    }
};

QTEST_APPLESS_MAIN(TestGraphDefinition)
#include "tst_graphdefinition.moc"
