# tests/integration/lib/ca.sh — a throw-away CA and a server certificate.
#
#   . tests/integration/lib/ca.sh; make_ca DIR
# writes DIR/ca.pem, DIR/ca.key, DIR/server.pem, DIR/server.key for
# localhost and 127.0.0.1, and DIR/other-ca.pem (a CA that signed nothing:
# configuring it must make verification fail).
make_ca() {
	_d=$1
	mkdir -p "$_d"
	openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=ptrail test CA" \
		-keyout "$_d/ca.key" -out "$_d/ca.pem" \
		-addext basicConstraints=critical,CA:TRUE \
		-addext keyUsage=critical,keyCertSign,cRLSign 2>/dev/null || return 1
	openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" \
		-keyout "$_d/server.key" -out "$_d/server.csr" 2>/dev/null || return 1
	printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' >"$_d/ext.cnf"
	openssl x509 -req -in "$_d/server.csr" -CA "$_d/ca.pem" -CAkey "$_d/ca.key" \
		-CAcreateserial -days 2 -extfile "$_d/ext.cnf" -out "$_d/server.pem" 2>/dev/null || return 1
	openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=unrelated CA" \
		-keyout "$_d/other-ca.key" -out "$_d/other-ca.pem" 2>/dev/null || return 1
	chmod 0644 "$_d"/*.pem "$_d"/*.key
}
