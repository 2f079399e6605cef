#include "PackageBuilder.h"
#include "deploy/PackageManifest.h"

#include <QCryptographicHash>
#include <QTest>

using namespace opsdeck;

class TestPackageManifest : public QObject
{
    Q_OBJECT

    static Error refusal(const QString& entries, const QString& mode = QStringLiteral("w:gz"))
    {
        const QByteArray bytes = test::buildTar(entries, mode);
        if (bytes.isEmpty())
            return Error::failure(QStringLiteral("python3 could not build the package"));
        auto m = PackageManifest::parse(bytes, QStringLiteral("p.tar.gz"));
        return m.ok() ? Error::failure(QStringLiteral("accepted")) : m.error();
    }

private slots:
    void aGoodPackageListsItsHooksInRunOrder()
    {
        const QByteArray bytes = test::goodPackage();
        QVERIFY(!bytes.isEmpty());
        auto m = PackageManifest::parse(bytes);
        QVERIFY2(m.ok(), m.ok() ? "" : qPrintable(m.error().message));
        QCOMPARE(m->hooks, (QStringList{QStringLiteral("install"), QStringLiteral("start")}));
        QVERIFY(m->entries.contains(QStringLiteral("bin/app")));
        QCOMPARE(m->sha256, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        QVERIFY(m->unpackedBytes > 0);
    }

    void refusedBeforeAnythingIsSent_data()
    {
        QTest::addColumn<QString>("entries");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("says");
        QTest::newRow("no hooks") << R"([("bin/app", 0o755, b"x", None)])"
                                  << "w:gz"
                                  << "no hooks";
        QTest::newRow("hook not executable") << R"([("hooks/start", 0o644, b"#!/bin/sh\n", None)])"
                                             << "w:gz"
                                             << "hooks/start is not executable";
        QTest::newRow("hook is a folder") << R"([("hooks/install", 0o755, None, None)])"
                                          << "w:gz"
                                          << "not a regular file";
        QTest::newRow("dot-dot path")
            << R"([("hooks/start", 0o755, b"x", None), ("../evil", 0o644, b"x", None)])"
            << "w:gz"
            << "outside the package";
        QTest::newRow("deep dot-dot")
            << R"([("hooks/start", 0o755, b"x", None), ("a/../../evil", 0o644, b"x", None)])"
            << "w:gz"
            << "outside the package";
        QTest::newRow("absolute path")
            << R"([("hooks/start", 0o755, b"x", None), ("/etc/evil", 0o644, b"x", None)])"
            << "w:gz"
            << "outside the package";
        QTest::newRow("symlink out")
            << R"([("hooks/start", 0o755, b"x", None), ("lib/x", 0o777, None, "../../etc/passwd")])"
            << "w:gz"
            << "points outside";
        QTest::newRow("absolute symlink")
            << R"([("hooks/start", 0o755, b"x", None), ("x", 0o777, None, "/etc/passwd")])"
            << "w:gz"
            << "points outside";
        QTest::newRow("plain tar") << R"([("hooks/start", 0o755, b"x", None)])"
                                   << "w"
                                   << "not gzip-compressed";
    }

    void refusedBeforeAnythingIsSent()
    {
        QFETCH(QString, entries);
        QFETCH(QString, mode);
        QFETCH(QString, says);
        const Error e = refusal(entries, mode);
        QVERIFY2(e.message.contains(says), qPrintable(e.message));
        QCOMPARE(e.code, Error::Code::Refused);
    }

    void aLinkInsideThePackageIsFine()
    {
        const QByteArray bytes = test::buildTar(
            QStringLiteral(R"([("hooks/start", 0o755, b"x", None), ("lib/a", 0o644, b"x", None),)"
                           R"( ("lib/b", 0o777, None, "a"), ("bin/c", 0o777, None, "../lib/a")])"));
        auto m = PackageManifest::parse(bytes);
        QVERIFY2(m.ok(), m.ok() ? "" : qPrintable(m.error().message));
    }

    void notATarballAtAll()
    {
        auto m = PackageManifest::parse(QByteArray("PK\x03\x04 this is a zip, not a package"),
                                        QStringLiteral("x.zip"));
        QVERIFY(!m.ok());
        QVERIFY2(m.error().message.contains(QStringLiteral("x.zip is not a .tar.gz package")),
                 qPrintable(m.error().message));
        QVERIFY(!PackageManifest::parse(QByteArray()).ok());
        auto missing = PackageManifest::read(QStringLiteral("/nonexistent/p.tar.gz"));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(QStringLiteral("/nonexistent/p.tar.gz")));
    }
};

QTEST_GUILESS_MAIN(TestPackageManifest)
#include "tst_packagemanifest.moc"
