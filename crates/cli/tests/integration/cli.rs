//! The `trame` binary: output, errors and exit codes.

use std::process::{Command, Stdio};

use crate::util::{json, temp, trame, TRAME};

#[test]
fn analyses_files_into_one_json_document_each() {
    let a = temp("a.txt", "La Chine et la Russie ont signé un accord le 9 août 2021.".as_bytes());
    let b = temp("b.txt", b"The United States and Japan held talks in Tokyo.");
    let out = trame(&["analyze", a.to_str().unwrap(), b.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v = json(&out);
    let docs = v["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0]["source"], "a.txt");
    assert_eq!(docs[0]["lang"], "fr");
    assert_eq!(docs[1]["lang"], "en");
    assert!(docs[0]["entities"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["name"] == "Chine" && e["type"] == "country"));
    assert!(docs[0]["entities"].as_array().unwrap().iter().any(|e| e["value"] == "2021-08-09"));
}

#[test]
fn bad_files_are_named_and_the_others_still_analysed() {
    let good = temp("good.txt", "La France et l'Inde coopèrent.".as_bytes());
    let png = temp("photo.png", b"\x89PNG\r\n\x1a\n\0\0\0");
    let empty = temp("empty.txt", b"   \n");
    let out = trame(&[
        "analyze",
        png.to_str().unwrap(),
        good.to_str().unwrap(),
        empty.to_str().unwrap(),
        "/no/such/file.txt",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("photo.png") && err.contains("binary"), "{err}");
    assert!(err.contains("empty.txt") && err.contains("no text"), "{err}");
    assert!(err.contains("/no/such/file.txt"), "{err}");
    assert_eq!(err.lines().count(), 3, "one line per bad file: {err}");
    assert_eq!(json(&out)["documents"].as_array().unwrap().len(), 1);
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &["analyze"][..],
        &["analyze", "--date", "2024-13-01", "x"],
        &["analyze", "--lang", "de", "x"],
        &["frobnicate"],
        &[],
    ] {
        let out = trame(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("usage"), "{args:?}");
    }
    assert!(trame(&["--help"]).status.success());
    assert!(String::from_utf8_lossy(&trame(&["--version"]).stdout).starts_with("trame "));
}

#[test]
fn reads_stdin_and_uses_the_reference_date() {
    let mut child = Command::new(TRAME)
        .args(["analyze", "--date", "2013-02-12", "--lang", "fr", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child.stdin.take().unwrap().write_all("Le ministre est arrivé hier à Moscou.".as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    let v = json(&out);
    let doc = &v["documents"][0];
    assert_eq!(doc["source"], "stdin");
    assert_eq!(doc["date"], "2013-02-12");
    assert!(doc["entities"].as_array().unwrap().iter().any(|e| e["value"] == "2013-02-11"));
}

#[test]
fn html_pages_are_reduced_to_their_text() {
    let page = temp(
        "page.html",
        "<html><head><meta property=\"article:published_time\" content=\"2024-07-12\"><script>alert(1)</script></head>\
         <body><nav>Menu</nav><p>La Chine et le Bélarus ont mené un exercice du 8 au 19 juillet.</p></body></html>"
            .as_bytes(),
    );
    let v = json(&trame(&["analyze", page.to_str().unwrap()]));
    let doc = &v["documents"][0];
    assert_eq!(doc["date"], "2024-07-12");
    let text = doc["text"].as_str().unwrap();
    assert!(text.starts_with("La Chine") && !text.contains("alert") && !text.contains("Menu"), "{text}");
    assert!(doc["entities"].as_array().unwrap().iter().any(|e| e["value"] == "2024-07-08/2024-07-19"));
}
