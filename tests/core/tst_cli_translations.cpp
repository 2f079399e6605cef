// The CLI's messages in the language asked for (--lang), from contexts whose strings
// were once filed by lupdate under another context and so never translated: a check's
// parameters (CheckParams) and the dashboard JSON (DashboardJson).
#include "TestSupport.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;

namespace {

bool hasCjk(const QString& s)
{
    for (const QChar c : s)
        if (c.unicode() >= 0x3040 && c.unicode() <= 0x9fff)
            return true;
    return false;
}

} // namespace

class tst_CliTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void messagesInTheLanguageAsked_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("what");
        for (const char* lang : {"zh_CN", "ja_JP"}) {
            QTest::newRow(qPrintable(QStringLiteral("%1 check params").arg(lang)))
                << QString::fromLatin1(lang) << QStringLiteral("check");
            QTest::newRow(qPrintable(QStringLiteral("%1 dashboard json").arg(lang)))
                << QString::fromLatin1(lang) << QStringLiteral("dashboard");
        }
    }

    void messagesInTheLanguageAsked()
    {
        QFETCH(QString, lang);
        QFETCH(QString, what);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("opsdeck.sqlite"));
        QStringList args;
        QString english;
        if (what == QLatin1String("check")) {
            args = {QStringLiteral("check"),  QStringLiteral("add"),  QStringLiteral("http"),
                    QStringLiteral("--name"), QStringLiteral("web1"), QStringLiteral("--url"),
                    QStringLiteral("notaurl")};
            english = QStringLiteral("must be an http:// or https:// URL with a host");
        } else {
            QFile f(dir.filePath(QStringLiteral("bad.json")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"({"version": 1, "name": "x", "panels": []})");
            f.close();
            args = {QStringLiteral("dashboard"), QStringLiteral("import"), f.fileName()};
            english = QStringLiteral("opsdeck_dashboard: required");
        }
        // In English the message is there, so its absence below means it was translated.
        const auto en = test::runCli(
            QStringList{QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en")} + args);
        QVERIFY2(en.exitCode != 0, en.err.constData());
        QVERIFY2(QString::fromUtf8(en.err).contains(english), en.err.constData());
        const auto run =
            test::runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("--lang"), lang} + args);
        QCOMPARE(run.exitCode, en.exitCode);
        const QString firstLine = QString::fromUtf8(run.err).section(u'\n', 0, 0);
        QVERIFY2(!firstLine.contains(english), qPrintable(firstLine));
        QVERIFY2(hasCjk(firstLine), qPrintable(firstLine));
    }
};

QTEST_GUILESS_MAIN(tst_CliTranslations)
#include "tst_cli_translations.moc"
