package cn.cadre.lms.courses.entity;

import static cn.cadre.lms.courses.entity.Checks.text;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * An uploaded file. The bytes live on disk under the media directory, named by this id (a UUID),
 * never by the uploader's file name; the type is the one the bytes showed, not the one declared.
 */
@Entity
@Table(name = "media_file")
public class MediaFile {

  public static final int MAX_NAME = 200;

  @Id private String id;

  private String name;

  @Column(name = "content_type")
  private String contentType;

  @Column(name = "size_bytes")
  private long sizeBytes;

  private String sha256;

  @Column(name = "uploaded_by")
  private long uploadedBy;

  @Column(name = "uploaded_at")
  private LocalDateTime uploadedAt;

  protected MediaFile() {}

  public MediaFile(String id, String name, String contentType, long sizeBytes, String sha256, long uploadedBy,
      LocalDateTime uploadedAt) {
    this.id = id;
    String n = name == null || name.isBlank() ? id : name.strip();
    this.name = text(n.length() > MAX_NAME ? n.substring(n.length() - MAX_NAME) : n, MAX_NAME, "name");
    this.contentType = contentType;
    this.sizeBytes = sizeBytes;
    this.sha256 = sha256;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String contentType() {
    return contentType;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public String sha256() {
    return sha256;
  }

  public long uploadedBy() {
    return uploadedBy;
  }

  public LocalDateTime uploadedAt() {
    return uploadedAt;
  }
}
