// Hands the Ansible writers' output to the real Ansible (ansible-inventory from Debian's
// ansible-core) and checks that Ansible sees every host with the address, port, user, pool, vars
// and direct groups the document says. Skipped when ansible-inventory is not installed.

#include "TestSupport.h"
#include "inventory_io/AnsibleIniParser.h"
#include "inventory_io/AnsibleIniWriter.h"
#include "inventory_io/AnsibleYamlParser.h"
#include "inventory_io/AnsibleYamlWriter.h"
#include "inventory_io/InventoryJsonParser.h"
#include "inventory_io/InventoryJsonWriter.h"
#include "inventory_io/VariantJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;

namespace {

// Ansible reads INI values as Python literals, so compare values as text.
QString text(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isNull())
        return {};
    return QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                         : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

} // namespace

class TstAnsibleCompat : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (QStandardPaths::findExecutable(QStringLiteral("ansible-inventory")).isEmpty())
            OPSDECK_SKIP_OR_FAIL("ansible-inventory (Debian package ansible-core) is not installed");
        QVERIFY(m_dir.isValid());
    }

    void ansibleSeesTheSameInventory_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<bool>("yaml");
        QTest::newRow("ini fixture as ini") << "production.ini" << false;
        QTest::newRow("ini fixture as yaml") << "production.ini" << true;
        QTest::newRow("yaml fixture as yaml") << "production.yml" << true;
        QTest::newRow("unicode as ini") << "unicode.ini" << false;
    }
    void ansibleSeesTheSameInventory()
    {
        QFETCH(QString, fixture);
        QFETCH(bool, yaml);
        const QByteArray bytes = test::testData(QStringLiteral("inventory/") + fixture);
        const auto doc =
            fixture.endsWith(u".yml") ? parseAnsibleYaml(bytes, fixture) : parseAnsibleIni(bytes, fixture);
        QVERIFY(doc.ok());

        const QString path =
            m_dir.filePath(yaml ? QStringLiteral("inventory.yml") : QStringLiteral("inventory.ini"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(yaml ? writeAnsibleYaml(*doc) : writeAnsibleIni(*doc));
        out.close();

        QProcess ansible;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ANSIBLE_HOME"), m_dir.filePath(QStringLiteral("ansible-home")));
        env.insert(QStringLiteral("ANSIBLE_LOCAL_TEMP"), m_dir.filePath(QStringLiteral("ansible-tmp")));
        env.insert(QStringLiteral("ANSIBLE_INVENTORY_UNPARSED_FAILED"), QStringLiteral("true"));
        ansible.setProcessEnvironment(env);
        ansible.start(QStringLiteral("ansible-inventory"),
                      {QStringLiteral("-i"), path, QStringLiteral("--list")});
        QVERIFY(ansible.waitForFinished(60000));
        QVERIFY2(ansible.exitCode() == 0, ansible.readAllStandardError().constData());
        const QJsonObject list = QJsonDocument::fromJson(ansible.readAllStandardOutput()).object();
        const QJsonObject hostvars = list.value(u"_meta").toObject().value(u"hostvars").toObject();

        for (const InventoryHost& h : doc->hosts) {
            const QJsonObject hv = hostvars.value(h.name).toObject();
            QVERIFY2(!hv.isEmpty() || h.meta.isEmpty(), qPrintable(h.name));
            QCOMPARE(hv.contains(u"ansible_host") ? hv.value(u"ansible_host").toString() : h.name, h.address);
            QCOMPARE(hv.contains(u"ansible_port") ? text(hv.value(u"ansible_port")) : QStringLiteral("22"),
                     QString::number(h.port));
            QCOMPARE(hv.value(u"ansible_user").toString(), h.user);
            QCOMPARE(hv.value(u"opsdeck_pool").toString(), h.pool);
            QSet<QString> expectedKeys{QStringLiteral("ansible_host"), QStringLiteral("ansible_port"),
                                       QStringLiteral("ansible_user"), QStringLiteral("opsdeck_pool")};
            for (auto it = h.meta.cbegin(); it != h.meta.cend(); ++it) {
                expectedKeys.insert(it.key());
                QCOMPARE(text(hv.value(it.key())), text(variant_json::toJson(it.value())));
            }
            for (auto it = hv.constBegin(); it != hv.constEnd(); ++it)
                QVERIFY2(expectedKeys.contains(it.key()) || it.key().startsWith(u"opsdeck_"),
                         qPrintable(it.key()));
        }

        // Direct group membership: Ansible's groups are our nodes' last names here.
        QSet<QString> ours;
        for (const InventoryHost& h : doc->hosts) {
            for (const QString& p : h.nodePaths) {
                if (p != u"all")
                    ours.insert(h.name + u'@' + p.mid(p.lastIndexOf(u'/') + 1));
            }
        }
        QSet<QString> theirs;
        for (auto it = list.constBegin(); it != list.constEnd(); ++it) {
            if (it.key() == u"_meta" || it.key() == u"all" || it.key() == u"ungrouped")
                continue;
            for (const QJsonValue& hv : it.value().toObject().value(u"hosts").toArray())
                theirs.insert(hv.toString() + u'@' + it.key());
        }
        QCOMPARE(theirs, ours);
    }

    // `ansible-inventory --host H` gives the same answer for the original file and for what each
    // export (INI, YAML, and the JSON export read back and written as INI / YAML) makes of it, for
    // every host: same keys, same values, same JSON types. (`--list` prints every host's `--host`
    // answer under _meta.hostvars, so one run per file.)
    void roundTripsGiveAnsibleTheSameHostVars_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("route");
        for (const char* fixture : {"types.ini", "production.ini"}) {
            for (const char* route : {"ini", "yaml", "json-ini", "json-yaml"})
                QTest::addRow("%s via %s", fixture, route)
                    << QString::fromLatin1(fixture) << QString::fromLatin1(route);
        }
    }
    void roundTripsGiveAnsibleTheSameHostVars()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, route);
        const QByteArray bytes = test::testData(QStringLiteral("inventory/") + fixture);
        const QString original = m_dir.filePath(QStringLiteral("original.ini"));
        QFile in(original);
        QVERIFY(in.open(QIODevice::WriteOnly | QIODevice::Truncate));
        in.write(bytes);
        in.close();
        auto doc = parseAnsibleIni(bytes, fixture);
        QVERIFY2(doc.ok(), doc.ok() ? "" : qPrintable(doc.error().message));
        if (route.startsWith(u"json-")) {
            doc = parseInventoryJson(writeInventoryJson(*doc), QStringLiteral("export.json"));
            QVERIFY2(doc.ok(), doc.ok() ? "" : qPrintable(doc.error().message));
        }
        const bool yaml = route.endsWith(u"yaml");
        const QString path =
            m_dir.filePath(yaml ? QStringLiteral("export.yml") : QStringLiteral("export.ini"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(yaml ? writeAnsibleYaml(*doc) : writeAnsibleIni(*doc));
        out.close();

        const QJsonObject before = hostVars(original);
        const QJsonObject after = hostVars(path);
        QVERIFY(!before.isEmpty());
        const QStringList beforeHosts = before.keys();
        const QStringList afterHosts = after.keys();
        QCOMPARE(afterHosts, beforeHosts); // QJsonObject keys come sorted
        // `--host H` prints what --list has under _meta.hostvars.H (checked on one host per row).
        const QString probe = beforeHosts.last();
        QCOMPARE(inventory(original, {QStringLiteral("--host"), probe}), before.value(probe).toObject());
        for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
            QJsonObject theirs = after.value(it.key()).toObject();
            for (const QString& k : theirs.keys()) {
                if (k.startsWith(u"opsdeck_") && !it.value().toObject().contains(k))
                    theirs.remove(k); // the writers' own markers (node names, kinds)
            }
            QVERIFY2(theirs == it.value().toObject(),
                     qPrintable(it.key() + QStringLiteral(": ") +
                                QString::fromUtf8(
                                    QJsonDocument(it.value().toObject()).toJson(QJsonDocument::Compact)) +
                                QStringLiteral(" became ") +
                                QString::fromUtf8(QJsonDocument(theirs).toJson(QJsonDocument::Compact))));
        }
    }

private:
    // _meta.hostvars of `ansible-inventory -i path --list`.
    QJsonObject hostVars(const QString& path) { return inventory(path, {QStringLiteral("--list")}); }

    // The JSON `ansible-inventory -i path ARGS` prints; for --list, its _meta.hostvars.
    QJsonObject inventory(const QString& path, const QStringList& args)
    {
        QProcess ansible;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ANSIBLE_HOME"), m_dir.filePath(QStringLiteral("ansible-home")));
        env.insert(QStringLiteral("ANSIBLE_LOCAL_TEMP"), m_dir.filePath(QStringLiteral("ansible-tmp")));
        env.insert(QStringLiteral("ANSIBLE_INVENTORY_UNPARSED_FAILED"), QStringLiteral("true"));
        ansible.setProcessEnvironment(env);
        ansible.start(QStringLiteral("ansible-inventory"), QStringList{QStringLiteral("-i"), path} + args);
        if (!ansible.waitForFinished(60000) || ansible.exitCode() != 0) {
            qWarning("%s", ansible.readAllStandardError().constData());
            return {};
        }
        const QJsonObject out = QJsonDocument::fromJson(ansible.readAllStandardOutput()).object();
        if (args.first() != u"--list")
            return out;
        return out.value(u"_meta").toObject().value(u"hostvars").toObject();
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TstAnsibleCompat)
#include "tst_ansiblecompat.moc"
