#pragma once

#include <QString>
#include <QVariant>
#include <optional>

namespace opsdeck::ansible_template {

// Whether a var's value is a Jinja template for Ansible (a string holding "{{" or "{%"); Ansible
// renders it only when a play runs, so it is not an address, port or user as it stands.
bool isTemplate(const QVariant& value);

// The value a template gives when it is a plain reference, `{{ name }}`, to a var in `vars` (or
// to `inventory_hostname` / `inventory_hostname_short`, which are `hostName`), following plain
// references in turn; nullopt for any other template (filters, expressions, text around it) or
// an undefined name. A value that is not a template is returned as it is.
std::optional<QVariant> resolve(const QVariant& value, const QVariantMap& vars, const QString& hostName);

} // namespace opsdeck::ansible_template
