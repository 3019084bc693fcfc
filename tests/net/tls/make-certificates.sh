#!/usr/bin/env bash
# Makes the certificates and keys the TLS tests use. They are committed, so this ran once; run it
# again only to change them (the tests compute fingerprints from the files). All are for
# localhost (and 127.0.0.1, ::1) and valid from 2020 to 2120 unless said otherwise:
#   server, other   two self-signed EC P-256 pairs
#   rsa             a self-signed RSA 2048 pair (keys of both kinds are accepted)
#   ca, ca-signed   a test CA and a certificate it signed (the "verified by a CA" case)
#   expired         a self-signed EC pair valid only in 2000
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
touch "$work/index.txt"
echo 01 > "$work/serial"
cat > "$work/ca.cnf" <<CNF
[ca]
default_ca = tests
[tests]
database = $work/index.txt
new_certs_dir = $work
serial = $work/serial
default_md = sha256
policy = any
copy_extensions = copy
unique_subject = no
[any]
commonName = supplied
CNF
leaf=(-addext "basicConstraints=critical,CA:FALSE"
    -addext "subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1")

# NAME SUBJECT START END [openssl ca signing options...]: a new key and a certificate from
# `openssl ca`, the one command that takes explicit dates; self-signed unless options say.
make() {
    local name=$1 subject=$2 start=$3 end=$4
    shift 4
    local extensions=("${leaf[@]}")
    [ "$name" = ca ] && extensions=(-addext "basicConstraints=critical,CA:TRUE"
        -addext "keyUsage=critical,keyCertSign")
    local key=(-newkey ec -pkeyopt ec_paramgen_curve:P-256)
    [ "$name" = rsa ] && key=(-newkey rsa:2048)
    openssl req -new -nodes "${key[@]}" -keyout "$name-key.pem" -out "$work/$name.csr" \
        -subj "$subject" "${extensions[@]}"
    local signer=(-selfsign -keyfile "$name-key.pem")
    [ $# -gt 0 ] && signer=("$@")
    openssl ca -batch -config "$work/ca.cnf" "${signer[@]}" -in "$work/$name.csr" \
        -out "$name.pem" -notext -startdate "$start" -enddate "$end"
}
make server /CN=localhost 20200101000000Z 21200101000000Z
make other /CN=localhost 20200101000000Z 21200101000000Z
make rsa /CN=localhost 20200101000000Z 21200101000000Z
make ca "/CN=Ensemble Test CA" 20200101000000Z 21200101000000Z
make ca-signed /CN=localhost 20200101000000Z 21200101000000Z -cert ca.pem -keyfile ca-key.pem
make expired /CN=localhost 20000101000000Z 20010101000000Z
rm ca-key.pem
