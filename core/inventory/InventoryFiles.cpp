#include "inventory/InventoryFiles.h"

#include "inventory_io/AnsibleIniParser.h"
#include "inventory_io/AnsibleIniWriter.h"
#include "inventory_io/AnsibleYamlParser.h"
#include "inventory_io/AnsibleYamlWriter.h"
#include "inventory_io/InventoryCsvParser.h"
#include "inventory_io/InventoryJsonParser.h"
#include "inventory_io/InventoryJsonWriter.h"
#include "inventory_io/SshConfigParser.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <cstdio>

namespace opsdeck::InventoryFiles {


QStringList importFormats()
{
    return {QStringLiteral("ansible"),    QStringLiteral("ansible-ini"), QStringLiteral("ansible-yaml"),
            QStringLiteral("ssh-config"), QStringLiteral("csv"),         QStringLiteral("json")};
}

QStringList exportFormats()
{
    return {QStringLiteral("json"), QStringLiteral("ansible-ini"), QStringLiteral("ansible-yaml")};
}

bool looksLikeYaml(QByteArrayView text, const QString& fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("yml") || suffix == QLatin1String("yaml"))
        return true;
    if (suffix == QLatin1String("ini") || suffix == QLatin1String("cfg"))
        return false;
    // The first meaningful line: "[group]" or a bare host is INI; "---" or "key:" is YAML.
    const QList<QByteArray> lines = QByteArray(text.data(), text.size()).split('\n');
    for (const QByteArray& raw : lines) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#') || line.startsWith(';'))
            continue;
        if (line.startsWith("---") || line.startsWith('{'))
            return true;
        if (line.startsWith('['))
            return false;
        return line.endsWith(':') || line.contains(": ");
    }
    return false;
}

Result<InventoryDocument> parse(const QString& format, QByteArrayView text, const QString& fileName)
{
    const QString f = format.trimmed().toLower();
    if (f == QLatin1String("ansible"))
        return looksLikeYaml(text, fileName) ? parseAnsibleYaml(text, fileName)
                                             : parseAnsibleIni(text, fileName);
    if (f == QLatin1String("ansible-ini"))
        return parseAnsibleIni(text, fileName);
    if (f == QLatin1String("ansible-yaml"))
        return parseAnsibleYaml(text, fileName);
    if (f == QLatin1String("ssh-config"))
        return parseSshConfig(text, fileName);
    if (f == QLatin1String("csv"))
        return parseInventoryCsv(text, fileName);
    if (f == QLatin1String("json"))
        return parseInventoryJson(text, fileName);
    return Error::usage(QCoreApplication::translate("Inventory", "unknown import format '%1': use %2")
                            .arg(format, importFormats().join(QStringLiteral(", "))));
}

Result<InventoryDocument> parseFile(const QString& format, const QString& path)
{
    if (!importFormats().contains(format.trimmed().toLower()))
        return Error::usage(QCoreApplication::translate("Inventory", "unknown import format '%1': use %2")
                                .arg(format, importFormats().join(QStringLiteral(", "))));
    QFile file;
    QString name = path;
    if (path == QLatin1String("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly))
            return Error::failure(QCoreApplication::translate("Inventory", "cannot read standard input"));
        name = QStringLiteral("<stdin>");
    } else {
        file.setFileName(path);
        if (!QFileInfo::exists(path))
            return Error::notFound(QCoreApplication::translate("Inventory", "%1: no such file").arg(path));
        if (!file.open(QIODevice::ReadOnly))
            return Error::failure(QCoreApplication::translate("Inventory", "%1: cannot read it (%2)")
                                      .arg(path, file.errorString()));
    }
    const QByteArray bytes = file.readAll();
    return parse(format, bytes, name);
}

Result<QByteArray> write(const QString& format, const InventoryDocument& doc)
{
    const QString f = format.trimmed().toLower();
    if (f == QLatin1String("json"))
        return writeInventoryJson(doc);
    if (f == QLatin1String("ansible-ini"))
        return writeAnsibleIni(doc);
    if (f == QLatin1String("ansible-yaml"))
        return writeAnsibleYaml(doc);
    return Error::usage(QCoreApplication::translate("Inventory", "unknown export format '%1': use %2")
                            .arg(format, exportFormats().join(QStringLiteral(", "))));
}

} // namespace opsdeck::InventoryFiles
