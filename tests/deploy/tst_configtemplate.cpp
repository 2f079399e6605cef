#include "deploy/ConfigTemplate.h"

#include <QTest>

using namespace opsdeck;

class TestConfigTemplate : public QObject
{
    Q_OBJECT

private slots:
    void rendersEveryPlaceholder()
    {
        const ConfigTemplate t(
            QStringLiteral("listen {{address}}:{{ port }}\nid={{unit_id}}\n"
                           "upstream={{relation.db}}\nname={{service}}/{{unit}} on {{machine}}\n"));
        QCOMPARE(t.placeholders(),
                 (QStringList{QStringLiteral("address"), QStringLiteral("port"), QStringLiteral("unit_id"),
                              QStringLiteral("relation.db"), QStringLiteral("service"),
                              QStringLiteral("unit"), QStringLiteral("machine")}));
        QVERIFY(t.check(ConfigTemplate::unitNames() << QStringLiteral("relation.db")).ok());
        const QHash<QString, QString> v{
            {QStringLiteral("address"), QStringLiteral("10.0.0.5")},
            {QStringLiteral("port"), QStringLiteral("8080")},
            {QStringLiteral("unit_id"), QStringLiteral("3")},
            {QStringLiteral("relation.db"), QStringLiteral("10.0.0.7:5432,10.0.0.8:5432")},
            {QStringLiteral("service"), QStringLiteral("shop/web")},
            {QStringLiteral("unit"), QStringLiteral("web_8080")},
            {QStringLiteral("machine"), QStringLiteral("web1")}};
        auto out = t.render(v);
        QVERIFY(out.ok());
        QCOMPARE(*out, QStringLiteral("listen 10.0.0.5:8080\nid=3\nupstream=10.0.0.7:5432,10.0.0.8:5432\n"
                                      "name=shop/web/web_8080 on web1\n"));
    }

    void anUnknownNameIsAnErrorWithItsLine()
    {
        const ConfigTemplate t(QStringLiteral("a={{port}}\nb={{ relation.cache }}\nc={{hostname}}\n"));
        const Status s = t.check(ConfigTemplate::unitNames() << QStringLiteral("relation.db"));
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(QStringLiteral("{{relation.cache}} on line 2")),
                 qPrintable(s.error().message));
        QVERIFY(!t.render({{QStringLiteral("port"), QStringLiteral("1")}}).ok());
    }

    void textWithoutPlaceholdersIsUnchanged()
    {
        const QString text = QStringLiteral("{ \"json\": {\"nested\": 1} } {not} {{ two words }}");
        auto out = ConfigTemplate(text).render({});
        QVERIFY(out.ok());
        QCOMPARE(*out, text);
    }
};

QTEST_GUILESS_MAIN(TestConfigTemplate)
#include "tst_configtemplate.moc"
