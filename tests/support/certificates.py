"""A throwaway certificate authority and a server certificate for 127.0.0.1, made by openssl,
for tests that talk TLS to the real scopekeeper-server."""

import os
import subprocess


def make(folder, ca_name="Scopekeeper Test CA"):
    """Writes ca.pem, server.pem and server.key into `folder` (valid for two days, the server's
    for the IP address 127.0.0.1); answers their paths as {"ca", "cert", "key"}."""
    os.makedirs(folder, exist_ok=True)

    def openssl(*args):
        subprocess.run(["openssl"] + list(args), cwd=folder, check=True, capture_output=True)
    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
            "/CN=" + ca_name, "-keyout", "ca.key", "-out", "ca.pem",
            "-addext", "basicConstraints=critical,CA:TRUE",
            "-addext", "keyUsage=critical,keyCertSign,cRLSign")
    openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1", "-keyout",
            "server.key", "-out", "server.csr")
    with open(os.path.join(folder, "ext.cnf"), "w") as f:
        f.write("subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n")
    openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
            "-CAcreateserial", "-days", "2", "-extfile", "ext.cnf", "-out", "server.pem")
    return {"ca": os.path.join(folder, "ca.pem"), "cert": os.path.join(folder, "server.pem"),
            "key": os.path.join(folder, "server.key")}
