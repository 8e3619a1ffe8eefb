#pragma once

#include "models/template/templateerror.h"
#include "models/template/templatevariable.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Seedbed {

namespace TemplateDetail {
struct TemplateData;
}

/*! \brief How Template::render() treats undefined values and how much work it may do. */
struct TemplateRenderOptions
{
    /*! An undefined variable or a value of the wrong type stops rendering with an error
        instead of being reported as a warning. */
    bool strict = false;
    /*! Rendering fails rather than produce a longer text (or intermediate string). */
    qsizetype maxOutputLength = 16 * 1024 * 1024;
    /*! Rendering fails after this many evaluation steps (roughly: nodes evaluated, loop
        iterations, and 64 characters processed by a filter), so that no template and
        context can keep a worker busy for long. */
    qint64 maxSteps = 10'000'000;
};

/*! \brief A prompt template in a Jinja-like language, parsed once and rendered against many
    records.

    The language: `{{ expr }}` prints; `{% if %}` / `{% elif %}` / `{% else %}` / `{% endif %}`
    and `{% for x in list %}` … `{% else %}` … `{% endfor %}` control (with `loop.index`,
    `index0`, `revindex`, `revindex0`, `first`, `last`, `length`); `{# … #}` is a comment;
    `{% raw %}` … `{% endraw %}` is verbatim text; a `-` inside a delimiter (`{{-`, `-%}`…)
    removes the white space on that side. Expressions have dotted and indexed access
    (`seed.turns[0]["text"]`, `xs[-1]`), string, number, list, `true` / `false` / `none`
    literals, `==`, `!=`, `<`, `<=`, `>`, `>=`, `in`, `not in`, `and`, `or`, `not`, `~`
    (concatenation), tests (`x is defined`, `is not none`, `is even`…) and filters with
    positional or keyword arguments (`x | truncate(100, end="…") | upper`); see filterNames().

    Where it differs from Jinja, it is to suit JSON records: `null` prints as nothing,
    booleans as `true` / `false`, lists and objects as JSON; `default` also replaces `null`;
    `truncate` has no leeway unless asked; objects iterate in key order; numbers with an
    integral value print without ".0"; a trailing newline of the template is kept.

    An undefined value prints as nothing; using it (printing, a filter other than `default`,
    a truth test, a comparison, a loop) is reported as a warning, or is an error in strict
    mode, as with Jinja's StrictUndefined. `x is defined` and `x | default(…)` never report,
    and `a.b.c` with no `a.b` is simply undefined.

    Immutable: copies share the parsed tree, and render() may be called from any number of
    threads at once. parse() and render() accept any input, however hostile: nesting is
    limited to MaxDepth, and rendering to the limits of TemplateRenderOptions. */
class Template
{
public:
    using RenderOptions = TemplateRenderOptions;

    static constexpr int MaxDepth = 256; //!< nested blocks and expressions
    static constexpr int MaxErrors = 50; //!< parse errors collected before giving up

    /*! The empty template: valid, renders nothing. */
    Template();

    /*! Parses \a source; never fails, see isValid() and errors(). */
    static Template parse(const QString &source);

    QString source() const;
    /*! Whether parsing found no error. An invalid template renders nothing. */
    bool isValid() const;
    /*! The parse errors, in source order; at most MaxErrors and a last one saying so. */
    QList<TemplateError> errors() const;
    /*! Every reference to a context field, in source order, one per occurrence; also for
        an invalid template, as far as it could be parsed. */
    QList<TemplateVariable> variables() const;

    /*! Renders the template with the fields of \a context as variables.

        Warnings (undefined variables, wrong types; each place once) are appended to
        \a diagnostics. On failure (an invalid template, an error in strict mode, a limit
        of \a options) the result is empty, \a ok is false and the errors are appended to
        \a diagnostics with Severity::Error. Thread-safe. */
    QString render(const QJsonObject &context, const TemplateRenderOptions &options = {},
                   QList<TemplateError> *diagnostics = nullptr, bool *ok = nullptr) const;

    /*! The names of the filters, for completion; aliases (\c d, \c count, \c tojson)
        are not listed. */
    static QStringList filterNames();

private:
    explicit Template(std::shared_ptr<const TemplateDetail::TemplateData> data);

    std::shared_ptr<const TemplateDetail::TemplateData> d;
};

} // namespace Seedbed
