// The Prometheus text exposition parser on a real node_exporter page, on every kind of
// family, and on malformed and hostile input.

#include "TestSupport.h"
#include "ingest/PrometheusText.h"

#include <QStandardPaths>
#include <QTest>
#include <cmath>

using namespace opsdeck;

class TestPrometheusText : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void realNodeExporterPage()
    {
        const QByteArray page = test::testData(QStringLiteral("ingest/node_exporter_metrics.txt"));
        QVERIFY(page.size() > 50000);
        const PromParseResult r = parsePrometheusText(page);
        QCOMPARE(r.report.malformed, 0);
        QVERIFY2(r.report.errors.isEmpty(), qPrintable(r.report.errors.join(QLatin1Char('\n'))));
        QCOMPARE(r.samples.size(), 505);
        QCOMPARE(r.report.accepted, 505);
        QCOMPARE(r.types.size(), 283);
        QCOMPARE(r.types.value("node_cpu_seconds_total"), QByteArray("counter"));
        QCOMPARE(r.types.value("node_load1"), QByteArray("gauge"));
        QCOMPARE(r.types.value("go_gc_duration_seconds"), QByteArray("summary"));

        const PromSample* idle = nullptr;
        for (const PromSample& s : r.samples) {
            if (s.name == "node_cpu_seconds_total" && s.label("cpu") == "1" && s.label("mode") == "idle")
                idle = &s;
        }
        QVERIFY(idle);
        QCOMPARE(idle->value, 461.77);
        QVERIFY(!idle->timestampMs);
        QCOMPARE(idle->labels.size(), 2);
        QCOMPARE(idle->labels.at(0).first, QByteArray("cpu"));
    }

    void wantedFilterKeepsOnlyWantedButCountsAll()
    {
        const QByteArray page = test::testData(QStringLiteral("ingest/node_exporter_metrics.txt"));
        int asked = 0;
        const PromParseResult r = parsePrometheusText(page, [&](QByteArrayView name) {
            ++asked;
            return name == "node_load1" || name == "node_load5";
        });
        QCOMPARE(r.samples.size(), 2);
        QCOMPARE(r.report.accepted, 505);
        QCOMPARE(r.report.malformed, 0);
        QCOMPARE(r.samples.at(0).name, QByteArray("node_load1"));
        QVERIFY(asked >= 505);
        QCOMPARE(r.types.size(), 2); // only wanted families' TYPEs are kept
    }

    void everyFamilyKindEscapesAndCrlf()
    {
        const PromParseResult r =
            parsePrometheusText(test::testData(QStringLiteral("ingest/prometheus_exposition_types.txt")));
        QVERIFY2(r.report.malformed == 0, qPrintable(r.report.errors.join(QLatin1Char('\n'))));
        QCOMPARE(r.samples.size(), 23);
        QCOMPARE(r.types.value("http_request_duration_seconds"), QByteArray("histogram"));
        QCOMPARE(r.types.value("rpc_duration_seconds"), QByteArray("summary"));
        QCOMPARE(r.types.value("untyped_thing"), QByteArray("untyped"));

        const PromSample& first = r.samples.at(0);
        QCOMPARE(first.name, QByteArray("http_requests_total"));
        QCOMPARE(first.label("code"), QByteArrayView("200"));
        QCOMPARE(first.value, 1027.0);
        QCOMPARE(first.timestampMs.value_or(0), Q_INT64_C(1395066363000));

        const PromSample& dos = r.samples.at(2);
        QCOMPARE(dos.label("path"), QByteArrayView("C:\\DIR\\FILE.TXT"));
        QCOMPARE(dos.label("error"), QByteArrayView("Cannot find file:\n\"FILE.TXT\""));
        QCOMPARE(dos.value, 1.458255915e9);

        const PromSample& weird = r.samples.at(4);
        QVERIFY(std::isinf(weird.value) && weird.value > 0);
        QCOMPARE(weird.timestampMs.value_or(0), Q_INT64_C(-3982045));

        const PromSample& infBucket = r.samples.at(10);
        QCOMPARE(infBucket.name, QByteArray("http_request_duration_seconds_bucket"));
        QCOMPARE(infBucket.label("le"), QByteArrayView("+Inf"));
        QCOMPARE(infBucket.value, 144320.0); // the CR is gone

        QCOMPARE(r.samples.at(13).label("quantile"), QByteArrayView("0.01"));
        QCOMPARE(r.samples.at(18).value, 1.7560473e+07);
        QVERIFY(std::isnan(r.samples.at(20).value));
        QVERIFY(std::isinf(r.samples.at(21).value) && r.samples.at(21).value < 0);
        QCOMPARE(r.samples.at(22).value, 1e-3); // trailing comma in the label set
    }

    void values_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<double>("value");
        QTest::newRow("integer") << QByteArray("1") << 1.0;
        QTest::newRow("negative") << QByteArray("-2.5") << -2.5;
        QTest::newRow("plus sign") << QByteArray("+3") << 3.0;
        QTest::newRow("exponent") << QByteArray("1.5E+3") << 1500.0;
        QTest::newRow("leading dot") << QByteArray(".5") << 0.5;
        QTest::newRow("hex float") << QByteArray("0x1p4") << 16.0;
        QTest::newRow("underflow is zero") << QByteArray("1e-400") << 0.0;
        QTest::newRow("inf lower") << QByteArray("inf") << qInf();
        QTest::newRow("Infinity") << QByteArray("-Infinity") << -qInf();
    }
    void values()
    {
        QFETCH(QByteArray, text);
        QFETCH(double, value);
        const PromParseResult r = parsePrometheusText("m " + text + "\n");
        QCOMPARE(r.report.malformed, 0);
        QCOMPARE(r.samples.size(), 1);
        QCOMPARE(r.samples.at(0).value, value);
    }

    void malformedLines_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("error");
        QTest::newRow("no value") << QByteArray("metric") << "missing value";
        QTest::newRow("no value after labels") << QByteArray("metric{a=\"b\"}") << "missing value";
        QTest::newRow("value not a number") << QByteArray("metric abc") << "not a number";
        QTest::newRow("value with comma") << QByteArray("metric 1,5") << "not a number";
        QTest::newRow("overflow") << QByteArray("metric 1e400") << "not a number";
        QTest::newRow("name starts with digit") << QByteArray("1metric 1") << "must start with a metric name";
        QTest::newRow("bad char in name") << QByteArray("me-tric 1") << "bad character";
        QTest::newRow("unterminated labels") << QByteArray("metric{a=\"b\" 1") << "expected ',' or '}'";
        QTest::newRow("unterminated value") << QByteArray("metric{a=\"b} 1") << "unterminated label value";
        QTest::newRow("unknown escape") << QByteArray("metric{a=\"\\t\"} 1") << "unknown escape";
        QTest::newRow("unquoted value") << QByteArray("metric{a=b} 1") << "quoted label value";
        QTest::newRow("label name digit") << QByteArray("metric{1a=\"b\"} 1") << "bad label name";
        QTest::newRow("label colon") << QByteArray("metric{a:b=\"c\"} 1") << "expected '='";
        QTest::newRow("duplicate label") << QByteArray("metric{a=\"1\",a=\"2\"} 1") << "duplicate label";
        QTest::newRow("float timestamp") << QByteArray("metric 1 1.5") << "timestamp";
        QTest::newRow("trailing garbage") << QByteArray("metric 1 2 3") << "after the timestamp";
        QTest::newRow("bad type") << QByteArray("# TYPE metric cntr") << "unknown metric type";
        QTest::newRow("type with a bad name") << QByteArray("# TYPE 1m gauge") << "bad metric name";
        QTest::newRow("help with a bad name") << QByteArray("# HELP m-x text") << "bad metric name";
        QTest::newRow("invalid utf-8 label") << QByteArray("metric{a=\"\xff\xfe\"} 1") << "UTF-8";
        QTest::newRow("overlong utf-8") << QByteArray("metric{a=\"\xc0\xaf\"} 1") << "UTF-8";
    }
    void malformedLines()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, error);
        // The bad line sits between two good ones; both good ones survive.
        const QByteArray text = "good_one 1\n" + line + "\ngood_two 2\n";
        const PromParseResult r = parsePrometheusText(text);
        QCOMPARE(r.report.malformed, 1);
        QCOMPARE(r.report.errors.size(), 1);
        QVERIFY2(r.report.errors.at(0).startsWith(QLatin1String("line 2: ")),
                 qPrintable(r.report.errors.at(0)));
        QVERIFY2(r.report.errors.at(0).contains(error), qPrintable(r.report.errors.at(0)));
        QCOMPARE(r.samples.size(), 2);
        QCOMPARE(r.samples.at(1).name, QByteArray("good_two"));
    }

    // What Prometheus's own parser takes without complaint: a HELP or TYPE line that ends
    // after its keyword or its metric name.
    void helpAndTypeWithNothingAfter_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("HELP alone") << QByteArray("# HELP");
        QTest::newRow("HELP and blanks") << QByteArray("# HELP \t ");
        QTest::newRow("HELP CRLF") << QByteArray("# HELP\r");
        QTest::newRow("HELP name, no text") << QByteArray("# HELP good_one");
        QTest::newRow("TYPE alone") << QByteArray("# TYPE");
        QTest::newRow("TYPE name, no type") << QByteArray("# TYPE good_one ");
    }
    void helpAndTypeWithNothingAfter()
    {
        QFETCH(QByteArray, line);
        const PromParseResult r = parsePrometheusText("good_one 1\n" + line + "\ngood_two 2\n");
        QVERIFY2(r.report.malformed == 0, qPrintable(r.report.errors.join(QLatin1Char(';'))));
        QCOMPARE(r.samples.size(), 2);
        QVERIFY(r.types.isEmpty());
    }

    void validUtf8LabelValueIsKept()
    {
        const PromParseResult r = parsePrometheusText("m{host=\"サーバ\"} 1\n");
        QCOMPARE(r.report.malformed, 0);
        QCOMPARE(QString::fromUtf8(r.samples.at(0).label("host")), QStringLiteral("サーバ"));
    }

    void secondTypeLineIsMalformed()
    {
        const PromParseResult r = parsePrometheusText("# TYPE m gauge\n# TYPE m counter\nm 1\n");
        QCOMPARE(r.report.malformed, 1);
        QCOMPARE(r.types.value("m"), QByteArray("gauge"));
        QCOMPARE(r.samples.size(), 1);
    }

    void commentsBlankLinesAndNoFinalNewline()
    {
        const PromParseResult r = parsePrometheusText("\n   \n# just a comment\n#\n  m   7  \r\nlast 8");
        QCOMPARE(r.report.malformed, 0);
        QCOMPARE(r.samples.size(), 2);
        QCOMPARE(r.samples.at(0).value, 7.0);
        QCOMPARE(r.samples.at(1).name, QByteArray("last"));
    }

    void duplicateSeriesAreKeptAsWritten()
    {
        // Decided: both kept in order; mapNodeExporter and the store keep the last.
        const PromParseResult r = parsePrometheusText("m{a=\"1\"} 1 1000\nm{a=\"1\"} 2 1000\n");
        QCOMPARE(r.report.malformed, 0);
        QCOMPARE(r.samples.size(), 2);
        QCOMPARE(r.samples.at(1).value, 2.0);
    }

    void farFutureTimestampIsPassedOn()
    {
        // Decided: the parser returns what was written; MetricStore::append rejects it.
        const PromParseResult r = parsePrometheusText("m 1 32503680000000\n");
        QCOMPARE(r.report.malformed, 0);
        QCOMPARE(r.samples.at(0).timestampMs.value_or(0), Q_INT64_C(32503680000000));
        const PromParseResult tooBig = parsePrometheusText("m 1 99999999999999999999\n");
        QCOMPARE(tooBig.report.malformed, 1);
    }

    void errorsAreCappedButAllCounted()
    {
        QByteArray text;
        for (int i = 0; i < 100; ++i)
            text += "bad{ line\n";
        text += "ok 1\n";
        const PromParseResult r = parsePrometheusText(text);
        QCOMPARE(r.report.malformed, 100);
        QCOMPARE(r.report.errors.size(), ParseReport::kMaxErrors);
        QVERIFY(r.report.errors.last().startsWith(QLatin1String("line 20: ")));
        QCOMPARE(r.samples.size(), 1);
    }

    void lastMalformedLinesAreKeptWithTheirText()
    {
        // Seven bad lines among good ones: the last five are kept, oldest first, with their
        // line numbers, reasons and text; a long line is cut to 200 bytes on a UTF-8 boundary.
        const QByteArray longLine = "node_load1{host=\"" + QByteArray(182, 'x') + "\u00e9\u00e9\u00e9 1\n";
        QByteArray page = "# TYPE node_load1 gauge\n"   // 1
                          "node_load1 0.5\n"            // 2
                          "bad{ line\n"                 // 3
                          "node_load5 abc\n"            // 4
                          "node_load15 1 2 3\n"         // 5
                          "good 1\n"                    // 6
                          "node_x{a=\"b\",a=\"c\"} 1\n" // 7
                          "9bad 1\n"                    // 8
                          "node_y{a=\"\\q\"} 1\n";      // 9
        page += longLine;                               // 10
        page += "ok 2\n";                               // 11
        const PromParseResult r = parsePrometheusText(page);
        QCOMPARE(r.report.malformed, 7);
        QCOMPARE(r.report.recent.size(), ParseReport::kMaxRecent);
        QList<int> lines;
        for (const MalformedLine& m : r.report.recent)
            lines << m.line;
        QCOMPARE(lines, (QList<int>{5, 7, 8, 9, 10}));
        QCOMPARE(r.report.recent.at(0).text, QStringLiteral("node_load15 1 2 3"));
        QCOMPARE(r.report.recent.at(0).reason, QStringLiteral("unexpected text after the timestamp"));
        QCOMPARE(r.report.recent.at(1).reason, QStringLiteral("duplicate label name"));
        QCOMPARE(r.report.recent.at(2).text, QStringLiteral("9bad 1"));
        const QString cut = r.report.recent.at(4).text;
        QVERIFY2(cut.endsWith(QChar(0x2026)), qPrintable(cut));
        QVERIFY(cut.chopped(1).toUtf8().size() <= MalformedLine::kMaxTextBytes);
        QVERIFY(cut.startsWith(QLatin1String("node_load1{host=\"xxx")));
        QVERIFY(!cut.contains(QChar(0xFFFD))); // never cut inside a character
        QCOMPARE(r.samples.size(), 3);

        // A page with no bad line keeps none; merging keeps the last five of both.
        QVERIFY(parsePrometheusText("a 1\n").report.recent.isEmpty());
        ParseReport merged = parsePrometheusText("bad{\nbad{\n").report;
        merged.merge(r.report);
        QCOMPARE(merged.malformed, 9);
        QCOMPARE(merged.recent.size(), ParseReport::kMaxRecent);
        QCOMPARE(merged.recent.last().line, 10);
    }

    void hundredMegabytesOfGarbage()
    {
        // Random bytes with newlines now and then: nothing crashes, lines are counted.
        QByteArray garbage(100 * 1024 * 1024, Qt::Uninitialized);
        quint32 x = 2463534242u;
        for (char& c : garbage) {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            c = static_cast<char>(x % 97 == 0 ? '\n' : x & 0xff);
        }
        const PromParseResult r = parsePrometheusText(garbage, nodeWanted);
        QVERIFY(r.report.malformed > 100000);
        QVERIFY(r.report.errors.size() <= ParseReport::kMaxErrors);
        QCOMPARE(r.report.recent.size(), ParseReport::kMaxRecent);
        QVERIFY(r.samples.size() < 10);

        // One 100 MB line without a newline.
        const QByteArray oneLine(100 * 1024 * 1024, 'a');
        const PromParseResult r2 = parsePrometheusText(oneLine);
        QCOMPARE(r2.report.malformed, 1);
    }

private:
    static bool nodeWanted(QByteArrayView name) { return name.startsWith("node_"); }
};

QTEST_GUILESS_MAIN(TestPrometheusText)
#include "tst_prometheustext.moc"
