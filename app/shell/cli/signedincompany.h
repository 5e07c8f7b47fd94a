#pragma once

#include "companyfile.h"
#include "companysession.h"

#include <functional>
#include <memory>

namespace Backroom::Internal {

// A company opened for a backroom-cli command with the user signed in: the
// session's records service checks that user's permissions and audits.
// The session goes before the company it works on.
struct SignedInCompany
{
    std::unique_ptr<CompanyFile> company;
    std::unique_ptr<CompanySession> session;

    explicit operator bool() const { return session != nullptr; }
};

// Opens and signs in, or reports why not (on standard error) and returns an
// empty one.
using CompanyOpener = std::function<SignedInCompany(const QString &path)>;

} // namespace Backroom::Internal
