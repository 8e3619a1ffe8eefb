#include "models/template/template.h"

#include "models/template/templatefilters.h"
#include "models/template/templatelexer.h"
#include "models/template/templateparser.h"
#include "models/template/templaterenderer.h"

#include <algorithm>

namespace Seedbed {

using namespace TemplateDetail;

QString TemplateError::toString() const
{
    return TemplateText::tr("line %1, column %2: %3").arg(line).arg(column).arg(message);
}

namespace {

std::shared_ptr<const TemplateData> build(const QString &source)
{
    auto data = std::make_shared<TemplateData>(source);
    Diagnostics diagnostics(data->lines);
    const std::vector<Token> tokens = tokenize(data->source, data->lines, diagnostics);
    data->body = parseTemplate(data->source, tokens, data->lines, diagnostics, &data->variables);
    data->errors = diagnostics.take();
    // A path is reported when it ends, after the fields inside its brackets.
    std::stable_sort(
        data->variables.begin(), data->variables.end(),
        [](const TemplateVariable &a, const TemplateVariable &b) { return a.offset < b.offset; });
    return data;
}

} // namespace

Template::Template()
{
    static const std::shared_ptr<const TemplateData> empty = build(QString());
    d = empty;
}

Template::Template(std::shared_ptr<const TemplateData> data)
    : d(std::move(data))
{}

Template Template::parse(const QString &source)
{
    return Template(build(source));
}

QString Template::source() const
{
    return d->source;
}

bool Template::isValid() const
{
    return d->errors.isEmpty();
}

QList<TemplateError> Template::errors() const
{
    return d->errors;
}

QList<TemplateVariable> Template::variables() const
{
    return d->variables;
}

QString Template::render(const QJsonObject &context, const TemplateRenderOptions &options,
                         QList<TemplateError> *diagnostics, bool *ok) const
{
    if (!isValid()) {
        if (diagnostics)
            diagnostics->append(d->errors);
        if (ok)
            *ok = false;
        return {};
    }
    return renderTemplate(*d, context, options, diagnostics, ok);
}

QStringList Template::filterNames()
{
    QStringList names;
    for (const CallableSpec &spec : filterSpecs()) {
        if (!spec.alias)
            names.append(QString(spec.name));
    }
    return names;
}

} // namespace Seedbed
