// Ansible INI values take the types Ansible's INI reader gives them (ast.literal_eval), every
// writer keeps them, and the Ansible edge cases (Jinja in a field, [all] hosts, integer names)
// follow Ansible. The expected values are what `ansible-inventory --list` (ansible-core 2.14)
// printed for the same lines.

#include "TestSupport.h"
#include "inventory_io/AnsibleIniParser.h"
#include "inventory_io/AnsibleIniWriter.h"
#include "inventory_io/AnsibleYamlParser.h"
#include "inventory_io/AnsibleYamlWriter.h"
#include "inventory_io/InventoryJsonParser.h"
#include "inventory_io/InventoryJsonWriter.h"
#include "inventory_io/PythonLiteral.h"

#include <QTest>

using namespace opsdeck;

class TstAnsibleIniTypes : public QObject
{
    Q_OBJECT
private slots:
    void literals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QVariant>("expected");
        QTest::newRow("int") << "2" << QVariant(qlonglong(2));
        QTest::newRow("negative") << "-5" << QVariant(qlonglong(-5));
        QTest::newRow("hex") << "0x10" << QVariant(qlonglong(16));
        QTest::newRow("underscores") << "1_000" << QVariant(qlonglong(1000));
        QTest::newRow("float") << "1.5" << QVariant(1.5);
        QTest::newRow("exponent") << "1e3" << QVariant(1000.0);
        QTest::newRow("True") << "True" << QVariant(true);
        QTest::newRow("None") << "None" << QVariant();
        QTest::newRow("quoted number") << "'2'" << QVariant(QStringLiteral("2"));
        QTest::newRow("adjacent strings") << "'a' 'b'" << QVariant(QStringLiteral("ab"));
        QTest::newRow("escapes") << R"("a\tb\x41")" << QVariant(QStringLiteral("a\tbA"));
        QTest::newRow("comment") << "2 # two" << QVariant(qlonglong(2));
        QTest::newRow("bare tuple") << "80,443" << QVariant(QVariantList{qlonglong(80), qlonglong(443)});
        QTest::newRow("parens") << "(1)" << QVariant(qlonglong(1));
        QTest::newRow("dict") << "{'a': 1, 'b': [1, 2.0]}"
                              << QVariant(QVariantMap{{"a", qlonglong(1)},
                                                      {"b", QVariantList{qlonglong(1), 2.0}}});
        QTest::newRow("int key") << "{1: 'x'}" << QVariant(QVariantMap{{"1", QStringLiteral("x")}});
        // Not literals: the text stays.
        QTest::newRow("lower true") << "true" << QVariant(QStringLiteral("true"));
        QTest::newRow("yes") << "yes" << QVariant(QStringLiteral("yes"));
        QTest::newRow("leading zero") << "007" << QVariant(QStringLiteral("007"));
        QTest::newRow("address") << "10.0.0.1" << QVariant(QStringLiteral("10.0.0.1"));
        QTest::newRow("words") << "hello world" << QVariant(QStringLiteral("hello world"));
        QTest::newRow("double sign") << "--1" << QVariant(QStringLiteral("--1"));
        QTest::newRow("jinja") << "{{ other }}" << QVariant(QStringLiteral("{{ other }}"));
        QTest::newRow("empty") << "" << QVariant(QString());
        QTest::newRow("open quote") << "'abc" << QVariant(QStringLiteral("'abc"));
    }
    void literals()
    {
        QFETCH(QString, text);
        QFETCH(QVariant, expected);
        const QVariant v = python_literal::evaluate(text);
        QCOMPARE(v.typeId(), expected.typeId());
        QCOMPARE(v, expected);
    }

    void literalReadsBack_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::newRow("string that looks like a number") << QVariant(QStringLiteral("2"));
        QTest::newRow("string True") << QVariant(QStringLiteral("True"));
        QTest::newRow("quotes and backslash") << QVariant(QStringLiteral("it's a \"x\" \\ y"));
        QTest::newRow("line break") << QVariant(QStringLiteral("a\nb\u2028c"));
        QTest::newRow("outer space") << QVariant(QStringLiteral(" x "));
        QTest::newRow("float") << QVariant(2.0);
        QTest::newRow("nested") << QVariant(QVariantMap{{"k", QVariantList{true, QVariant(), 1.25, "s"}}});
    }
    void literalReadsBack()
    {
        QFETCH(QVariant, value);
        QCOMPARE(python_literal::evaluate(python_literal::literal(value)), value);
        if (value.typeId() == QMetaType::QString)
            QCOMPARE(python_literal::evaluate(python_literal::stringText(value.toString())), value);
    }

    void iniValuesAreTyped()
    {
        const QByteArray ini = "[web]\n"
                               "w1 d=\"{'a': 1}\" s=\"'2'\" n=None t=True p=80,443 y=yes x=a#comment\n"
                               "[web:vars]\n"
                               "debug_level=2\n"
                               "name = \"quoted\"\n"
                               "ratio=0.5\n"
                               "tr=true\n";
        const auto doc = parseAnsibleIni(ini, QStringLiteral("t.ini"));
        QVERIFY2(doc.ok(), doc.ok() ? "" : qPrintable(doc.error().message));
        const QVariantMap vars = doc->node(QStringLiteral("all/web"))->vars;
        QCOMPARE(vars.value("debug_level"), QVariant(qlonglong(2)));
        QCOMPARE(vars.value("name"), QVariant(QStringLiteral("quoted")));
        QCOMPARE(vars.value("ratio"), QVariant(0.5));
        QCOMPARE(vars.value("tr"), QVariant(QStringLiteral("true")));
        const QVariantMap meta = doc->host(QStringLiteral("w1"))->meta;
        QCOMPARE(meta.value("d"), QVariant(QVariantMap{{"a", qlonglong(1)}}));
        QCOMPARE(meta.value("s"), QVariant(QStringLiteral("2")));
        QVERIFY(meta.contains("n") && meta.value("n").isNull());
        QCOMPARE(meta.value("t"), QVariant(true));
        QCOMPARE(meta.value("p"), QVariant(QVariantList{qlonglong(80), qlonglong(443)}));
        QCOMPARE(meta.value("y"), QVariant(QStringLiteral("yes")));
        QCOMPARE(meta.value("x"), QVariant(QStringLiteral("a"))); // shlex: '#' ends the line
        QCOMPARE(meta.value("debug_level"), QVariant(qlonglong(2)));
    }

    // Every writer keeps the types: read back, the document is the same.
    void writersKeepTypes()
    {
        const QByteArray ini = "[web]\n"
                               "w1 d=\"{'a': [1, 'x']}\" s=\"'2'\" n=None t=True f=1.5 q=\"'a b'\"\n"
                               "w2 ansible_port=2222 s=\"'True'\" e=\n"
                               "[web:vars]\n"
                               "debug_level=2\n"
                               "label='007'\n";
        const auto doc = parseAnsibleIni(ini, QStringLiteral("t.ini"));
        QVERIFY2(doc.ok(), doc.ok() ? "" : qPrintable(doc.error().message));

        const auto viaIni = parseAnsibleIni(writeAnsibleIni(*doc), QStringLiteral("out.ini"));
        QVERIFY2(viaIni.ok(), viaIni.ok() ? "" : qPrintable(viaIni.error().message));
        const auto viaYaml = parseAnsibleYaml(writeAnsibleYaml(*doc), QStringLiteral("out.yml"));
        QVERIFY2(viaYaml.ok(), viaYaml.ok() ? "" : qPrintable(viaYaml.error().message));
        const auto viaJson = parseInventoryJson(writeInventoryJson(*doc), QStringLiteral("out.json"));
        QVERIFY2(viaJson.ok(), viaJson.ok() ? "" : qPrintable(viaJson.error().message));
        for (const InventoryDocument* back : {&*viaIni, &*viaYaml, &*viaJson}) {
            QCOMPARE(back->nodes, doc->nodes);
            QCOMPARE(back->hosts, doc->hosts);
        }
        QCOMPARE(doc->node(QStringLiteral("all/web"))->vars.value("label"), QVariant(QStringLiteral("007")));
    }

    void jinjaInAField()
    {
        const QByteArray ini = "[web]\n"
                               "w1 ansible_host=\"{{ other }}\" other=10.0.0.1\n"
                               "w2 ansible_host=\"{{ other | default('x') }}\"\n"
                               "w3 ansible_host={{undefined_var}}\n"
                               "w4 ansible_host=\"{{ inventory_hostname }}\"\n";
        const auto doc = parseAnsibleIni(ini, QStringLiteral("t.ini"));
        QVERIFY2(doc.ok(), doc.ok() ? "" : qPrintable(doc.error().message));
        QCOMPARE(doc->host(QStringLiteral("w1"))->address, QStringLiteral("10.0.0.1"));
        QCOMPARE(doc->host(QStringLiteral("w2"))->address, QString());
        QCOMPARE(doc->host(QStringLiteral("w3"))->address, QString());
        QCOMPARE(doc->host(QStringLiteral("w4"))->address, QStringLiteral("w4"));
        QCOMPARE(doc->warnings.size(), 2);
        QVERIFY(doc->warnings.at(0).startsWith(QStringLiteral("t.ini:3: host 'w2': ansible_host")));
        QVERIFY(doc->warnings.at(1).startsWith(QStringLiteral("t.ini:4: host 'w3'")));
        // The template is kept, so the exports give Ansible what the file said.
        QCOMPARE(doc->host(QStringLiteral("w1"))->meta.value("ansible_host"), QVariant("{{ other }}"));
        for (const QByteArray& out : {writeAnsibleIni(*doc), writeAnsibleYaml(*doc)})
            QVERIFY2(out.contains("{{ other | default('x') }}") && !out.contains("ansible_host: \"\"") &&
                         !out.contains("ansible_host=\"\""),
                     out.constData());
        const auto back = parseAnsibleIni(writeAnsibleIni(*doc), QStringLiteral("out.ini"));
        QVERIFY(back.ok());
        QCOMPARE(back->hosts, doc->hosts);
    }

    void allHostsAreUngrouped()
    {
        const QByteArray ini = "top\n[all]\nlisted\nboth\n[web]\nboth\n";
        const auto doc = parseAnsibleIni(ini, QStringLiteral("t.ini"));
        QVERIFY(doc.ok());
        QCOMPARE(doc->host(QStringLiteral("top"))->nodePaths, QStringList());
        QCOMPARE(doc->host(QStringLiteral("listed"))->nodePaths, QStringList());
        QCOMPARE(doc->host(QStringLiteral("both"))->nodePaths, QStringList{"all/web"});
        const auto yaml = parseAnsibleYaml("all:\n  hosts:\n    listed:\n", QStringLiteral("t.yml"));
        QVERIFY(yaml.ok());
        QCOMPARE(yaml->host(QStringLiteral("listed"))->nodePaths, QStringList());
    }

    // Ansible's INI reader takes `123` as a host name (ansible-inventory lists it); its YAML reader
    // refuses an unquoted number ("Host pattern 123 must be a string").
    void integerHostNames()
    {
        const auto ini = parseAnsibleIni("[web]\n123\n", QStringLiteral("t.ini"));
        QVERIFY(ini.ok());
        QCOMPARE(ini->host(QStringLiteral("123"))->nodePaths, QStringList{"all/web"});
        const auto yaml = parseAnsibleYaml("all:\n  hosts:\n    123:\n", QStringLiteral("t.yml"));
        QVERIFY(!yaml.ok());
        QVERIFY2(yaml.error().message.startsWith(QStringLiteral("t.yml:3: host name 123 is not a string")),
                 qPrintable(yaml.error().message));
        QVERIFY(parseAnsibleYaml("all:\n  hosts:\n    '123':\n", QStringLiteral("t.yml")).ok());
        // The YAML writer quotes such names.
        const auto back = parseAnsibleYaml(writeAnsibleYaml(*ini), QStringLiteral("out.yml"));
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
        QCOMPARE(back->hosts, ini->hosts);
    }
};

QTEST_GUILESS_MAIN(TstAnsibleIniTypes)
#include "tst_ansibleinitypes.moc"
