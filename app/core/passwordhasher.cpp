#include "passwordhasher.h"

#include <sodium.h>

#include <atomic>
#include <mutex>

namespace Backroom {

namespace {

std::atomic<quint64> currentOperations{0};
std::atomic<size_t> currentMemory{0};

void initialise()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // sodium_init() is safe to call more than once; -1 means no entropy
        // source, where hashing would be unsafe, so nothing is hashed then.
        if (sodium_init() < 0)
            qFatal("libsodium could not be initialised");
    });
}

PasswordHasher::Limits limits()
{
    const quint64 operations = currentOperations.load();
    return operations ? PasswordHasher::Limits{operations, currentMemory.load()} : PasswordHasher::defaultLimits();
}

// A password as UTF-8 bytes, wiped after use.
struct Secret
{
    explicit Secret(const QString &text) : bytes(text.toUtf8()) {}
    ~Secret() { sodium_memzero(bytes.data(), size_t(bytes.size())); }
    QByteArray bytes;
};

} // namespace

PasswordHasher::Limits PasswordHasher::defaultLimits()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

void PasswordHasher::setLimitsForTesting(const Limits &limits)
{
    // {0, 0} goes back to the defaults: a test that needs the real limits
    // must not inherit an earlier test's fast ones.
    if (limits.operations == 0 && limits.memory == 0) {
        currentOperations = 0;
        currentMemory = 0;
        return;
    }
    currentOperations = std::max<quint64>(limits.operations, crypto_pwhash_OPSLIMIT_MIN);
    currentMemory = std::max<size_t>(limits.memory, crypto_pwhash_MEMLIMIT_MIN);
}

QString PasswordHasher::hash(const QString &password)
{
    initialise();
    const Secret secret(password);
    char out[crypto_pwhash_STRBYTES];
    const Limits chosen = limits();
    if (crypto_pwhash_str(out, secret.bytes.constData(), quint64(secret.bytes.size()), chosen.operations, chosen.memory) != 0)
        return QString();
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &stored, const QString &password)
{
    initialise();
    const QByteArray hashed = stored.toLatin1();
    if (hashed.isEmpty() || hashed.size() >= crypto_pwhash_STRBYTES)
        return false;
    const Secret secret(password);
    return crypto_pwhash_str_verify(hashed.constData(), secret.bytes.constData(), quint64(secret.bytes.size())) == 0;
}

bool PasswordHasher::needsRehash(const QString &stored)
{
    initialise();
    const QByteArray hashed = stored.toLatin1();
    const Limits chosen = limits();
    // 1: different limits; -1: not an Argon2id string at all.
    return crypto_pwhash_str_needs_rehash(hashed.constData(), chosen.operations, chosen.memory) != 0;
}

} // namespace Backroom
