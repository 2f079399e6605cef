#include "sources/UrlTemplate.h"

#include <QCoreApplication>

namespace opsdeck::UrlTemplate {

QString expand(const QString& text, const PollTarget& target)
{
    QString out = text;
    out.replace(QLatin1String("{address}"), target.address);
    out.replace(QLatin1String("{name}"), target.machine);
    out.replace(QLatin1String("{port}"), QString::number(target.port));
    return out;
}

Result<QUrl> resolve(const QString& text, const PollTarget& target)
{
    const QString expanded = expand(text, target);
    const QUrl url(expanded, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return Error::usage(QCoreApplication::translate("UrlTemplate", "'%1' is not a valid URL: %2")
                                .arg(expanded, url.errorString()));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return Error::usage(
            QCoreApplication::translate("UrlTemplate", "'%1' is not an http or https URL").arg(expanded));
    return url;
}

Status check(const QString& text)
{
    PollTarget sample;
    sample.machine = QStringLiteral("host1");
    sample.address = QStringLiteral("192.0.2.1");
    sample.port = 22;
    auto url = resolve(text, sample);
    if (!url.ok())
        return url.error();
    return {};
}

} // namespace opsdeck::UrlTemplate
