#include "deploy/PackageManifest.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <archive.h>
#include <archive_entry.h>
#include <memory>
#include <sys/stat.h>

namespace opsdeck {
namespace {

using ArchivePtr = std::unique_ptr<archive, decltype(&archive_read_free)>;

// `path` with "." parts dropped; empty when it is absolute or climbs above the root.
QString normalised(const QString& path)
{
    if (path.startsWith(QLatin1Char('/')))
        return {};
    QStringList parts;
    for (const QString& p : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (p == QLatin1String("."))
            continue;
        if (p == QLatin1String("..")) {
            if (parts.isEmpty())
                return {};
            parts.removeLast();
            continue;
        }
        parts << p;
    }
    return parts.join(QLatin1Char('/'));
}

// Whether `target`, read from folder `base` (relative to the package root), is absolute
// or goes above the root at any point.
bool climbsOut(const QString& base, const QString& target)
{
    if (target.startsWith(QLatin1Char('/')))
        return true;
    int depth = int(base.split(QLatin1Char('/'), Qt::SkipEmptyParts).size());
    for (const QString& p : target.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (p == QLatin1String(".."))
            --depth;
        else if (p != QLatin1String("."))
            ++depth;
        if (depth < 0)
            return true;
    }
    return false;
}

Status checkEntry(archive_entry* e, const QString& path, const QString& name, PackageManifest& m)
{
    const QString raw = QString::fromUtf8(archive_entry_pathname_utf8(e) ? archive_entry_pathname_utf8(e)
                                                                         : archive_entry_pathname(e));
    if (climbsOut(QString(), raw))
        return Error::refused(
            QCoreApplication::translate("PackageManifest", "%1: the entry %2 points outside the package")
                .arg(name, raw));
    // A symlink is read from its own folder, a hard link from the package root.
    const int slash = path.lastIndexOf(QLatin1Char('/'));
    const QString folder = slash < 0 ? QString() : path.left(slash);
    const char* symlink = archive_entry_symlink(e);
    const char* hardlink = archive_entry_hardlink(e);
    if ((symlink && climbsOut(folder, QString::fromUtf8(symlink))) ||
        (hardlink && climbsOut(QString(), QString::fromUtf8(hardlink))))
        return Error::refused(
            QCoreApplication::translate("PackageManifest", "%1: the link %2 points outside the package (%3)")
                .arg(name, raw, QString::fromUtf8(symlink ? symlink : hardlink)));
    if (!path.startsWith(QLatin1String("hooks/")))
        return {};
    const QString hook = path.mid(6);
    if (!PackageManifest::hookOrder().contains(hook))
        return {};
    if (archive_entry_filetype(e) != AE_IFREG)
        return Error::refused(
            QCoreApplication::translate("PackageManifest", "%1: hooks/%2 is not a regular file")
                .arg(name, hook));
    if ((archive_entry_perm(e) & 0111) == 0)
        return Error::refused(
            QCoreApplication::translate("PackageManifest",
                                        "%1: hooks/%2 is not executable (chmod +x it before packing)")
                .arg(name, hook));
    if (!m.hooks.contains(hook))
        m.hooks << hook;
    return {};
}

} // namespace

const QStringList& PackageManifest::hookOrder()
{
    static const QStringList order{QStringLiteral("install"), QStringLiteral("config-changed"),
                                   QStringLiteral("start"), QStringLiteral("stop"),
                                   QStringLiteral("relation-changed")};
    return order;
}

Result<PackageManifest> PackageManifest::read(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::failure(QCoreApplication::translate("PackageManifest", "cannot read the package %1: %2")
                                  .arg(path, f.errorString()));
    return parse(f.readAll(), path);
}

Result<PackageManifest> PackageManifest::parse(const QByteArray& bytes, const QString& nameIn)
{
    const QString name =
        nameIn.isEmpty() ? QCoreApplication::translate("PackageManifest", "the package") : nameIn;
    ArchivePtr a(archive_read_new(), &archive_read_free);
    archive_read_support_filter_gzip(a.get());
    archive_read_support_format_tar(a.get());
    if (archive_read_open_memory(a.get(), bytes.constData(), size_t(bytes.size())) != ARCHIVE_OK)
        return Error::refused(
            QCoreApplication::translate("PackageManifest", "%1 is not a .tar.gz package: %2")
                .arg(name, QString::fromUtf8(archive_error_string(a.get()))));
    PackageManifest m;
    archive_entry* e = nullptr;
    int r = ARCHIVE_OK;
    while ((r = archive_read_next_header(a.get(), &e)) == ARCHIVE_OK || r == ARCHIVE_WARN) {
        if (archive_filter_code(a.get(), 0) != ARCHIVE_FILTER_GZIP)
            return Error::refused(QCoreApplication::translate(
                                      "PackageManifest", "%1 is not gzip-compressed: a package is a .tar.gz")
                                      .arg(name));
        const char* p =
            archive_entry_pathname_utf8(e) ? archive_entry_pathname_utf8(e) : archive_entry_pathname(e);
        const QString path = normalised(QString::fromUtf8(p ? p : ""));
        if (Status s = checkEntry(e, path, name, m); !s.ok())
            return s.error();
        if (!path.isEmpty())
            m.entries << path;
        if (archive_entry_size_is_set(e))
            m.unpackedBytes += std::max<la_int64_t>(0, archive_entry_size(e));
        archive_read_data_skip(a.get());
    }
    if (r != ARCHIVE_EOF)
        return Error::refused(
            QCoreApplication::translate("PackageManifest", "%1 is not a .tar.gz package: %2")
                .arg(name, QString::fromUtf8(archive_error_string(a.get()))));
    if (m.entries.isEmpty())
        return Error::refused(QCoreApplication::translate("PackageManifest", "%1 is empty").arg(name));
    if (m.hooks.isEmpty())
        return Error::refused(
            QCoreApplication::translate("PackageManifest",
                                        "%1 has no hooks: a package needs at least one of hooks/%2")
                .arg(name, hookOrder().join(QStringLiteral(", hooks/"))));
    QStringList ordered;
    for (const QString& h : hookOrder())
        if (m.hooks.contains(h))
            ordered << h;
    m.hooks = ordered;
    m.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    return m;
}

} // namespace opsdeck
